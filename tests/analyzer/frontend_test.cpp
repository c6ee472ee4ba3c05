// Front-end tests on annotated snippets: every symbol or macro use that
// main.cpp makes into another file must be annotated `$use(qualified::name)^` /
// `$macro(NAME)^`, and nothing else may be reported. The real libclang front
// end and link step run on files written to disk.
#include <catch2/catch.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "support/annotations.h"
#include "support/test_project.h"

namespace seams::test {
namespace {

using Key = std::tuple<unsigned, unsigned, std::string,
                       std::string>;  // line, col, kind, symbol

std::string show(const std::set<Key>& keys, const std::string& code) {
  std::ostringstream os;
  for (const auto& [line, col, kind, sym] : keys)
    os << line << ':' << col << ' ' << kind << ' ' << sym << '\n';
  os << "--- in ---\n" << code;
  return os.str();
}

// Indexes `main` (annotated) with `files` beside it; compares reported uses
// with annotations.
void check_uses(const std::map<std::string, std::string>& files,
                const std::string& main) {
  TestProject project;
  for (const auto& [path, text] : files) project.write(path, text);
  Annotated a = annotate(main);
  project.write("src/a/main.cpp", a.code);
  std::vector<TuFailure> failures;
  auto uses = project.uses({"src/a/main.cpp"}, &failures);
  INFO((failures.empty() ? std::string()
                         : failures.front().first_errors.front()));
  REQUIRE(failures.empty());
  std::set<Key> expected, actual;
  for (const Point& p : a.points)
    expected.insert({p.line, p.column, p.name, p.payload});
  for (const FileUse& u : uses) {
    if (u.from != "src/a/main.cpp" || u.kind == UseKind::include) continue;
    actual.insert({u.line, u.column, u.kind == UseKind::macro ? "macro" : "use",
                   u.symbol});
  }
  INFO("expected:\n"
       << show(expected, a.code) << "\nactual:\n"
       << show(actual, a.code));
  CHECK(expected == actual);
}

const std::map<std::string, std::string> kMoney = {
    {"src/b/money.h",
     "#pragma once\n"
     "#define B_TWICE(x) ((x) * 2)\n"
     "namespace b {\n"
     "struct Money { int cents = 0; int value() const { return cents; } };\n"
     "Money operator+(Money l, Money r);\n"
     "void audit(const Money& m);\n"
     "enum class Color { red, green };\n"
     "extern int counter;\n"
     "struct Base { virtual ~Base() = default; virtual void run() = 0; };\n"
     "struct Widget { Widget(int) {} };\n"
     "Money make();\n"
     "}\n"}};

TEST_CASE("a type name is a symbol use of the type's definition",
          "[frontend]") {
  check_uses(kMoney,
             "#include \"b/money.h\"\nvoid f(b::$use(b::Money)^Money m);\n");
}

TEST_CASE("a template argument is a use of the type", "[frontend]") {
  check_uses(kMoney,
             "#include \"b/money.h\"\n#include <vector>\n"
             "std::vector<b::$use(b::Money)^Money> all;\n");
}

TEST_CASE("casts and sizeof name the type they use", "[frontend]") {
  check_uses(kMoney,
             "#include \"b/money.h\"\n"
             "int n = sizeof(b::$use(b::Money)^Money);\n"
             "const void* p = nullptr;\n"
             "auto q = static_cast<const b::$use(b::Money)^Money*>(p);\n");
}

TEST_CASE("a base class is a use of the base", "[frontend]") {
  check_uses(kMoney,
             "#include \"b/money.h\"\n"
             "struct D : b::$use(b::Base)^Base { void run() override {} };\n");
}

TEST_CASE("calls, ADL and overloaded operators are uses of the called function",
          "[frontend]") {
  check_uses(kMoney,
             "#include \"b/money.h\"\n"
             "void f() {\n"
             "  auto m = b::$use(b::make)^make();\n"
             "  auto s = m $use(b::operator+)^+ m;\n"
             "  $use(b::audit)^audit(s);\n"
             "  int v = m.$use(b::Money::value)^value();\n"
             "  (void)v;\n"
             "}\n");
}

TEST_CASE("an implicit converting constructor is a use of the constructor",
          "[frontend]") {
  check_uses(kMoney,
             "#include \"b/money.h\"\n"
             "void f() { b::$use(b::Widget)^Widget w = "
             "$use(b::Widget::Widget)^5; (void)w; }\n");
}

TEST_CASE("enumerators and variables are uses", "[frontend]") {
  check_uses(
      kMoney,
      "#include \"b/money.h\"\n"
      "int f() {\n"
      "  auto c = b::$use(b::Color)^Color::$use(b::Color::green)^green;\n"
      "  (void)c;\n"
      "  return b::$use(b::counter)^counter;\n"
      "}\n");
}

TEST_CASE("a macro expansion is a use of the file that defines the macro",
          "[frontend]") {
  check_uses(kMoney,
             "#include \"b/money.h\"\nint x = $macro(B_TWICE)^B_TWICE(2);\n");
}

TEST_CASE(
    "a symbol reached through a transitive include is a use of its own file",
    "[frontend]") {
  check_uses(
      {{"src/c/types.h", "#pragma once\nnamespace c { struct Type {}; }\n"},
       {"src/b/api.h",
        "#pragma once\n#include \"c/types.h\"\nnamespace b { void f(); }\n"}},
      "#include \"b/api.h\"\nc::$use(c::Type)^Type t;\n");
}

TEST_CASE("uses of the standard library and of local entities make no uses",
          "[frontend]") {
  check_uses({},
             "#include <string>\nint f(int p) { std::string s; int l = p; "
             "return l; }\n");
}

TEST_CASE(
    "a function declared in a header is a use of the header, not of its "
    "definition",
    "[frontend]") {
  TestProject p;
  p.write("src/b/api.h", "#pragma once\nnamespace b { int answer(); }\n");
  p.write("src/b/impl.cpp",
          "#include \"b/api.h\"\nint b::answer() { return 42; }\n");
  p.write("src/a/main.cpp", "#include \"b/api.h\"\nint x = b::answer();\n");
  auto uses = p.uses({"src/b/impl.cpp", "src/a/main.cpp"});
  bool found = false;
  for (const auto& u : uses)
    if (u.from == "src/a/main.cpp" && u.symbol == "b::answer") {
      found = true;
      CHECK(u.to == "src/b/api.h");
    }
  CHECK(found);
}

TEST_CASE("a header's uses are recorded once however many TUs include it",
          "[frontend]") {
  TestProject p;
  p.write("src/c/c.h", "#pragma once\nnamespace c { struct T {}; }\n");
  p.write("src/b/b.h",
          "#pragma once\n#include \"c/c.h\"\ninline c::T make() { return "
          "c::T{}; }\n");
  for (int i = 0; i < 3; ++i)
    p.write("src/a/m" + std::to_string(i) + ".cpp", "#include \"b/b.h\"\n");
  auto uses = p.uses({"src/a/m0.cpp", "src/a/m1.cpp", "src/a/m2.cpp"});
  int from_header = 0;
  for (const auto& u : uses)
    if (u.from == "src/b/b.h" && u.kind == UseKind::symbol) ++from_header;
  CHECK(from_header ==
        2);  // c::T as the return type and in the return statement
}

TEST_CASE(
    "a TU with a missing include is reported as a failure with its first error",
    "[frontend]") {
  TestProject p;
  p.write("src/a/bad.cpp", "#include \"missing.h\"\nint x;\n");
  std::vector<TuFailure> failures;
  p.uses({"src/a/bad.cpp"}, &failures);
  REQUIRE(failures.size() == 1);
  CHECK(failures[0].first_errors.front().find("'missing.h' file not found") !=
        std::string::npos);
}

TEST_CASE("a missing main file is a failure, not an empty success",
          "[frontend]") {
  TestProject p;
  std::vector<TuFailure> failures;
  p.uses({"src/a/nope.cpp"}, &failures);
  CHECK(failures.size() == 1);
}

}  // namespace
}  // namespace seams::test

// Front-end tests on annotated snippets: every symbol or macro use that
// main.cpp makes into another file must be annotated `$use(qualified::name)^` /
// `$macro(NAME)^`, and nothing else may be reported. The real libclang front
// end and link step run on files written to disk.
#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "tests/support/annotations.h"
#include "tests/support/test_project.h"

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

// Where libclang's indexer is blind (docs/libclang-notes.md §8): each construct
// below refers to b's declaration and must be a use of it.
const std::map<std::string, std::string> kApi = {
    {"src/b/api.h",
     "#pragma once\n"
     "#include <cstddef>\n"
     "namespace n { struct S { int m = 0; }; }\n"
     "namespace b {\n"
     "int answer();\n"
     "extern int total;\n"
     "struct Holder { void run(); static int count; };\n"
     "template <class T> struct Traits { static const int v = 0; };\n"
     "template <class T> struct Box { T t; };\n"
     "template <class T> void tmpl(T) {}\n"
     "template <class T> struct Base { int member = 0; };\n"
     "struct Arena {};\n"
     "struct Pooled { static void operator delete(void*) {} };\n"
     "void over(int);\n"
     "void over(double);\n"
     "struct Num {};\n"
     "bool operator!(Num);\n"
     "template <class T> constexpr int width = sizeof(T);\n"
     "template <> constexpr int width<char> = 1;\n"
     "using n::S;\n"
     "}\n"
     "void* operator new(std::size_t, b::Arena&);\n"
     "void b_release(int**);\n"
     "using n::S;\n"}};

TEST_CASE("defining or specializing another file's declaration is a use of it",
          "[frontend]") {
  check_uses(kApi,
             "#include \"b/api.h\"\n"
             "int b::$use(b::answer)^answer() { return 1; }\n"
             "int b::$use(b::total)^total = 0;\n"
             "void b::$use(b::Holder)^Holder::$use(b::Holder::run)^run() {}\n"
             "int b::$use(b::Holder)^Holder::$use(b::Holder::count)^count = "
             "0;\n"
             "template <> struct b::$use(b::Traits)^Traits<int> { static "
             "const int v = 1; };\n"
             "template struct b::$use(b::Box)^Box<int>;\n"
             "template <> void b::$use(b::tmpl)^tmpl<int>(int) {}\n");
}

TEST_CASE("a type named through a using-declaration is a use", "[frontend]") {
  check_uses(kApi,
             "#include \"b/api.h\"\n"
             "$use(n::S)^S global;\n"
             "b::$use(n::S)^S other;\n");
}

TEST_CASE("a dependent call whose candidates all live in one file is a use",
          "[frontend]") {
  check_uses(kApi,
             "#include \"b/api.h\"\n"
             "template <class T> void g(T t) { b::$use(b::over)^over(t); }\n"
             "template <class T> void h(T t) { using b::over; over(t); }\n"
             "template <class T> bool k(T t) { return !t; }\n");
}

TEST_CASE("a dependent call with candidates in several files is no use yet",
          "[frontend]") {
  check_uses(
      {{"src/c/more.h", "#pragma once\nnamespace b { void over(char); }\n"},
       {"src/b/api.h",
        "#pragma once\n#include \"c/more.h\"\n"
        "namespace b { void over(int); }\n"}},
      "#include \"b/api.h\"\n"
      "template <class T> void g(T t) { b::over(t); }\n");
}

TEST_CASE("template template arguments, placement new, operator delete",
          "[frontend]") {
  check_uses(kApi,
             "#include \"b/api.h\"\n"
             "template <template <class> class X> struct Use { X<int> x; };\n"
             "Use<b::$use(b::Box)^Box> u;\n"
             "void f(b::$use(b::Arena)^Arena& a, b::$use(b::Pooled)^Pooled* "
             "p) {\n"
             "  int* i = $use(operator new)^new (a) int(1);\n"
             "  $use(b::Pooled::operator delete)^delete p;\n"
             "  (void)i;\n"
             "}\n");
}

TEST_CASE("cleanup attributes and members of a dependent base are uses",
          "[frontend]") {
  check_uses(
      kApi,
      "#include \"b/api.h\"\n"
      "void f() { int* p __attribute__((cleanup($use(b_release)^"
      "b_release))) = nullptr; (void)p; }\n"
      "template <class T> struct D : b::$use(b::Base)^Base<T> {\n"
      "  int g() { return this->$use(b::Base::member)^member; }\n"
      "  int h() { return b::$use(b::Base)^Base<T>::$use(b::Base::member)^"
      "member; }\n"
      "};\n");
}

TEST_CASE("a variable template's use is named", "[frontend]") {
  check_uses(kApi,
             "#include \"b/api.h\"\n"
             "int w = b::$use(b::width)^width<int>;\n"
             "int c = b::$use(b::width)^width<char>;\n"
             "template <> constexpr int b::$use(b::width)^width<long> = 8;\n");
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

TEST_CASE("uses of code outside the project are external uses, as written",
          "[frontend]") {
  TestProject p;
  p.write("sys/include/lib/api.h",
          "#pragma once\n#include <lib/detail/handle.h>\n#define LIB_V 2\n"
          "namespace lib { int open(); }\n");
  p.write("sys/include/lib/detail/handle.h",
          "#pragma once\nnamespace lib { struct Handle {}; }\n");
  p.write("proj/src/a/main.cpp",
          "#include <lib/api.h>\n// lib::open() in a comment is no use\n"
          "int x = lib::open() + LIB_V;\nlib::Handle h;\n"
          "int f() { int local = 1; return local; }\n");
  const std::string root = (p.root() / "proj").string();
  CompileCommand c;
  c.directory = root;
  c.file = root + "/src/a/main.cpp";
  c.arguments = {"c++",      "-std=c++20",
                 "-isystem", (p.root() / "sys/include").string(),
                 "-c",       "src/a/main.cpp"};
  std::vector<TuFailure> failures;
  const ProjectFacts facts = index_all({c}, {{root}, 1, {}, {}}, failures);
  REQUIRE(failures.empty());
  CHECK(facts.uses.empty());  // nothing between project files
  std::vector<std::string> got;
  for (const FileUse& u : link_external_uses(facts, root))
    got.push_back(fmt::format("{}:{}:{} {} {} -> {}", u.from, u.line, u.column,
                              to_string(u.kind), u.symbol,
                              relative_to_root(u.to, p.root().string())));
  CHECK(got ==
        std::vector<std::string>{
            "src/a/main.cpp:1:1 include <lib/api.h> -> sys/include/lib/api.h",
            "src/a/main.cpp:3:14 symbol lib::open -> sys/include/lib/api.h",
            "src/a/main.cpp:3:23 macro LIB_V -> sys/include/lib/api.h",
            "src/a/main.cpp:4:6 symbol lib::Handle -> "
            "sys/include/lib/detail/handle.h"});
  // Both includes were found through the -isystem directory.
  CHECK(std::find(facts.include_dirs.begin(), facts.include_dirs.end(),
                  (p.root() / "sys/include").string()) !=
        facts.include_dirs.end());
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

namespace seams::test {
namespace {

// A header's function body is indexed once per session, by whichever TU
// reaches it first; what it records must not depend on which one that was.
// Here one TU has seen a forward declaration of core::Env (db.h) before its
// definition when it reaches helper()'s body, the other has not: the indexer
// names the first declaration the TU saw.
TEST_CASE(
    "a use in a header body records the same facts whichever TU parsed it "
    "first",
    "[frontend]") {
  TestProject project;
  project.write("src/core/env.h",
                "#pragma once\nnamespace core {\nclass Env {\n public:\n"
                "  static Env* make();\n};\n}  // namespace core\n");
  project.write("src/core/db.h",
                "#pragma once\nnamespace core {\nclass Env;\nclass Db {};\n}"
                "  // namespace core\n");
  project.write("src/util/helper.h",
                "#pragma once\n#include \"core/env.h\"\n"
                "inline void helper() { core::Env* e = core::Env::make(); "
                "(void)e; }\n");
  project.write("src/a/one.cpp",
                "#include \"core/db.h\"\n#include \"core/env.h\"\n"
                "#include \"util/helper.h\"\n");
  project.write("src/a/two.cpp",
                "#include \"util/helper.h\"\n#include \"core/db.h\"\n");
  auto facts = [&](std::vector<std::string> order) {
    std::vector<CompileCommand> cmds;
    for (const auto& m : order) cmds.push_back(project.command(m));
    std::vector<TuFailure> failures;
    // One worker: one session, so the first TU alone indexes the body.
    ProjectFacts f =
        index_all(cmds, {{project.root().string()}, 1, {}, {}}, failures);
    CHECK(failures.empty());
    std::vector<RawUse> in_helper;
    for (const RawUse& u : f.uses)
      if (u.file.str().ends_with("util/helper.h") &&
          u.symbol == std::string("core::Env"))
        in_helper.push_back(u);
    return in_helper;
  };
  const auto one_first = facts({"src/a/one.cpp", "src/a/two.cpp"});
  const auto two_first = facts({"src/a/two.cpp", "src/a/one.cpp"});
  REQUIRE_FALSE(one_first.empty());
  CHECK(one_first == two_first);
  for (const RawUse& u : one_first)
    CHECK(u.target_file.str().ends_with("core/env.h"));
}

}  // namespace
}  // namespace seams::test

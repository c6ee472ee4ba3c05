// The link step on real parses: a use goes to the declaration the using file
// sees — never to a definition it cannot reach (forward declarations, opaque
// types, two classes of one qualified name), and a name spelled in a macro's
// definition is written in the #define's file. Each case has its near miss.
#include <catch2/catch.hpp>
#include <sstream>

#include "tests/support/test_project.h"

namespace seams::test {
namespace {

std::string show(const std::vector<FileUse>& uses) {
  std::ostringstream os;
  for (const FileUse& u : uses)
    os << u.from << ':' << u.line << ':' << u.column << ' ' << to_string(u.kind)
       << ' ' << u.symbol << " -> " << u.to
       << (u.declared_in.empty() ? "" : " (declared in " + u.declared_in + ")")
       << '\n';
  return os.str();
}

// The uses of `symbol` written in `from`.
std::vector<FileUse> of(const std::vector<FileUse>& uses,
                        const std::string& from, const std::string& symbol) {
  std::vector<FileUse> out;
  for (const FileUse& u : uses)
    if (u.from == from && u.symbol == symbol && u.kind != UseKind::include)
      out.push_back(u);
  return out;
}

TEST_CASE(
    "a class the user's own header forward-declares is a declaration "
    "use, not a use of its definition",
    "[link]") {
  TestProject p;
  p.write("src/a/a.h",
          "#pragma once\nnamespace b { class Foo; }\nvoid take(b::Foo* f);\n");
  p.write("src/a/a.cpp", "#include \"a/a.h\"\nvoid take(b::Foo* f) {}\n");
  p.write("src/b/foo.cpp", "namespace b { class Foo { int x; }; }\n");
  auto uses = p.uses({"src/a/a.cpp", "src/b/foo.cpp"});
  INFO(show(uses));
  auto in_header = of(uses, "src/a/a.h", "b::Foo");
  REQUIRE(in_header.size() == 1);
  CHECK(in_header[0].kind == UseKind::declaration);
  CHECK(in_header[0].to == "src/b/foo.cpp");
  CHECK(in_header[0].declared_in == "src/a/a.h");
  auto in_source = of(uses, "src/a/a.cpp", "b::Foo");
  REQUIRE(in_source.size() == 1);
  CHECK(in_source[0].kind == UseKind::declaration);
  CHECK(in_source[0].declared_in == "src/a/a.h");
}

TEST_CASE(
    "near miss: where the definition is included, it is a symbol use of "
    "the definition",
    "[link]") {
  TestProject p;
  p.write("src/b/foo.h",
          "#pragma once\nnamespace b { class Foo { int x; }; }\n");
  p.write("src/a/a.h",
          "#pragma once\nnamespace b { class Foo; }\nvoid take(b::Foo* f);\n");
  p.write(
      "src/a/a.cpp",
      "#include \"a/a.h\"\n#include \"b/foo.h\"\nvoid take(b::Foo* f) {}\n");
  auto uses = p.uses({"src/a/a.cpp"});
  INFO(show(uses));
  auto in_source = of(uses, "src/a/a.cpp", "b::Foo");
  REQUIRE(in_source.size() == 1);
  CHECK(in_source[0].kind == UseKind::symbol);
  CHECK(in_source[0].to == "src/b/foo.h");
  // The header itself still sees only its own forward declaration.
  auto in_header = of(uses, "src/a/a.h", "b::Foo");
  REQUIRE(in_header.size() == 1);
  CHECK(in_header[0].kind == UseKind::declaration);
}

TEST_CASE(
    "an opaque type declared in a public header and defined in a .cpp "
    "is a use of the header",
    "[link]") {
  TestProject p;
  p.write("src/b/api.h",
          "#pragma once\nnamespace b { struct Handle; Handle* open(); }\n");
  p.write("src/b/impl.cpp",
          "#include \"b/api.h\"\nnamespace b { struct Handle { int fd; };\n"
          "Handle* open() { return nullptr; } }\n");
  p.write("src/a/user.cpp",
          "#include \"b/api.h\"\nvoid f() { b::Handle* h = b::open(); "
          "(void)h; }\n");
  auto uses = p.uses({"src/a/user.cpp", "src/b/impl.cpp"});
  INFO(show(uses));
  auto handle = of(uses, "src/a/user.cpp", "b::Handle");
  REQUIRE(handle.size() == 1);
  CHECK(handle[0].kind == UseKind::declaration);
  CHECK(handle[0].declared_in == "src/b/api.h");
  auto open = of(uses, "src/a/user.cpp", "b::open");
  REQUIRE(open.size() == 1);
  CHECK(open[0].to == "src/b/api.h");
}

TEST_CASE("a typedef of a forward-declared class is a declaration use",
          "[link]") {
  TestProject p;
  p.write("src/a/compat.h",
          "#pragma once\nnamespace b { class Allocator; }\n"
          "typedef b::Allocator b_Allocator;\n");
  p.write("src/a/compat.cpp", "#include \"a/compat.h\"\nb_Allocator* x;\n");
  p.write("src/b/alloc.cpp", "namespace b { class Allocator { int n; }; }\n");
  auto uses = p.uses({"src/a/compat.cpp", "src/b/alloc.cpp"});
  INFO(show(uses));
  auto in_header = of(uses, "src/a/compat.h", "b::Allocator");
  REQUIRE(in_header.size() == 1);
  CHECK(in_header[0].kind == UseKind::declaration);
  CHECK(in_header[0].declared_in == "src/a/compat.h");
  // The typedef itself is defined where it is written.
  auto alias = of(uses, "src/a/compat.cpp", "b_Allocator");
  REQUIRE(alias.size() == 1);
  CHECK(alias[0].kind == UseKind::symbol);
  CHECK(alias[0].to == "src/a/compat.h");
}

TEST_CASE(
    "two classes of one qualified name: each file's uses go to the one "
    "it sees, whatever the path order",
    "[link]") {
  TestProject p;
  p.write("src/core/db.h",
          "#pragma once\nnamespace core { class DB { public: int n; }; }\n");
  p.write("src/core/use.h",
          "#pragma once\n#include \"core/db.h\"\n"
          "inline int count(core::DB& d) { return d.n; }\n");
  p.write("src/core/main.cpp", "#include \"core/use.h\"\n");
  // Sorts before src/core/: the old link picked the smallest path.
  p.write("src/aaa_tests/fake_test.cpp",
          "namespace core { class DB { public: int m; }; }\n"
          "int probe() { core::DB d; return d.m; }\n");
  auto uses = p.uses({"src/aaa_tests/fake_test.cpp", "src/core/main.cpp"});
  INFO(show(uses));
  auto in_core = of(uses, "src/core/use.h", "core::DB");
  REQUIRE(in_core.size() == 1);
  CHECK(in_core[0].kind == UseKind::symbol);
  CHECK(in_core[0].to == "src/core/db.h");
  // The test's own uses stay inside it (its own definition): no use at all.
  CHECK(of(uses, "src/aaa_tests/fake_test.cpp", "core::DB").empty());
}

TEST_CASE(
    "a name in a macro's definition is written in the #define's file, "
    "a name in its argument at the expansion",
    "[link]") {
  TestProject p;
  p.write("src/c/log.h",
          "#pragma once\nnamespace c { void write_log(const char*); }\n");
  p.write("src/b/trace.h",
          "#pragma once\n#include \"c/log.h\"\n"
          "#define B_TRACE(m) ::c::write_log(m)\n"
          "#define B_CALL(x) (x)\n");
  p.write("src/a/main.cpp",
          "#include \"b/trace.h\"\n"
          "void f() { B_TRACE(\"x\"); }\n"
          "void g() { B_CALL(::c::write_log(\"y\")); }\n");
  auto uses = p.uses({"src/a/main.cpp"});
  INFO(show(uses));
  auto body = of(uses, "src/b/trace.h", "c::write_log");
  REQUIRE(body.size() == 1);
  CHECK(body[0].line == 3);
  CHECK(body[0].to == "src/c/log.h");
  auto in_main = of(uses, "src/a/main.cpp", "c::write_log");
  REQUIRE(in_main.size() == 1);  // the argument of B_CALL, not B_TRACE's body
  CHECK(in_main[0].line == 3);
  auto trace = of(uses, "src/a/main.cpp", "B_TRACE");
  REQUIRE(trace.size() == 1);
  CHECK(trace[0].kind == UseKind::macro);
  CHECK(trace[0].to == "src/b/trace.h");
}

}  // namespace
}  // namespace seams::test

namespace seams::test {
namespace {

TEST_CASE(
    "a function is a use of the header the file includes most directly, "
    "not of an internal header that declares it first",
    "[link]") {
  TestProject p;
  p.write("src/b/internal/flag.h",
          "#pragma once\nnamespace b { void set_flag(int); }\n");
  p.write("src/b/flag.h",
          "#pragma once\n#include \"b/internal/flag.h\"\n"
          "namespace b { void set_flag(int); }\n");
  p.write("src/a/user.cpp",
          "#include \"b/flag.h\"\nvoid f() { b::set_flag(1); }\n");
  auto uses = p.uses({"src/a/user.cpp"});
  INFO(show(uses));
  auto call = of(uses, "src/a/user.cpp", "b::set_flag");
  REQUIRE(call.size() == 1);
  CHECK(call[0].to == "src/b/flag.h");
}

}  // namespace
}  // namespace seams::test

namespace seams::test {
namespace {

TEST_CASE("an unnamed enum's enumerator is named without the checkout's path",
          "[link]") {
  std::vector<std::string> names;
  for (int checkout = 0; checkout < 2; ++checkout) {
    TestProject p;  // a different temporary root each time
    p.write("src/b/b.h",
            "#pragma once\nnamespace b {\nenum { kAlign = 8 };\n}\n");
    p.write("src/a/a.cpp", "#include \"b/b.h\"\nint x = b::kAlign;\n");
    auto uses = p.uses({"src/a/a.cpp"});
    INFO(show(uses));
    for (const FileUse& u : uses)
      if (u.kind == UseKind::symbol) names.push_back(u.symbol);
    CHECK(names.back().find(p.root().string()) == std::string::npos);
  }
  REQUIRE(names.size() == 2);
  CHECK(names[0] == names[1]);
  CHECK(names[0] == "b::(unnamed enum at src/b/b.h:3:1)::kAlign");
}

TEST_CASE(
    "a macro a vendored header tests is no use when its includer defines "
    "it; near miss: one it reaches through its own includes is",
    "[link]") {
  TestProject p;
  p.write("src/v/config.h", "#pragma once\n#define V_WIDE 1\n");
  p.write("src/v/vendor.h",
          "#pragma once\n#include \"v/config.h\"\n"
          "#ifndef V_CALL_BY_REFERENCE\n#define V_MODE 0\n#endif\n"
          "#if V_WIDE\n#define V_CHAR 2\n#endif\n");
  p.write(
      "src/w/wrapper.h",
      "#pragma once\n#define V_CALL_BY_REFERENCE\n#include \"v/vendor.h\"\n");
  p.write("src/w/main.cpp", "#include \"w/wrapper.h\"\n");
  auto uses = p.uses({"src/w/main.cpp"});
  INFO(show(uses));
  CHECK(of(uses, "src/v/vendor.h", "V_CALL_BY_REFERENCE").empty());
  auto wide = of(uses, "src/v/vendor.h", "V_WIDE");
  REQUIRE(wide.size() == 1);
  CHECK(wide[0].kind == UseKind::macro);
  CHECK(wide[0].to == "src/v/config.h");
}

TEST_CASE("one use seen in two contexts is one entry", "[link]") {
  ProjectFacts facts;
  const std::string root = "/p";
  for (const char* context : {"b::g", "a::f"})
    facts.uses.push_back({"/p/src/a/x.h", 3, 5, UseKind::symbol, "b::T", "",
                          "/p/src/b/t.h", context});
  std::sort(facts.uses.begin(), facts.uses.end());
  auto uses = link_uses(facts, root);
  REQUIRE(uses.size() == 1);
  CHECK(uses[0].context == "a::f");
}

}  // namespace
}  // namespace seams::test

namespace seams::test {
namespace {

TEST_CASE(
    "a type named in a nested macro's body is written in the #define's "
    "file, not at the outer expansion",
    "[link]") {
  TestProject p;
  p.write("src/l/log.h",
          "#pragma once\nnamespace l {\nenum class Severity { kFatal };\n"
          "void log(Severity s);\n}\n"
          "#define L_INNER(s) ::l::log(::l::Severity::s)\n"
          "#define L_LOG(s) L_INNER(s)\n");
  p.write("src/a/a.cpp", "#include \"l/log.h\"\nvoid f() { L_LOG(kFatal); }\n");
  auto uses = p.uses({"src/a/a.cpp"});
  INFO(show(uses));
  CHECK(of(uses, "src/a/a.cpp", "l::Severity").empty());
  CHECK(of(uses, "src/a/a.cpp", "l::log").empty());
  CHECK(of(uses, "src/a/a.cpp", "L_LOG").size() == 1);
  // Near miss: a type written in the macro's argument stays at the expansion.
  TestProject q;
  q.write("src/l/wrap.h",
          "#pragma once\nnamespace l { struct Box { int n; }; }\n"
          "#define L_DECLARE(T, name) T name\n");
  q.write("src/a/a.cpp", "#include \"l/wrap.h\"\nL_DECLARE(l::Box, box);\n");
  auto near = q.uses({"src/a/a.cpp"});
  INFO(show(near));
  CHECK(of(near, "src/a/a.cpp", "l::Box").size() == 1);
}

}  // namespace
}  // namespace seams::test

namespace seams::test {
namespace {

TEST_CASE(
    "a type named in a macro reached by token pasting goes to the outer "
    "#define; a name pasted from an argument stays",
    "[link]") {
  TestProject p;
  p.write("src/l/log.h",
          "#pragma once\nnamespace l { enum class Severity { kFatal };\n"
          "void log(Severity s); }\n"
          "#define L_IMPL_FATAL ::l::log(::l::Severity::kFatal)\n"
          "#define L_LOG(level) L_IMPL_##level\n");
  p.write("src/a/a.cpp", "#include \"l/log.h\"\nvoid f() { L_LOG(FATAL); }\n");
  auto uses = p.uses({"src/a/a.cpp"});
  INFO(show(uses));
  CHECK(of(uses, "src/a/a.cpp", "l::Severity").empty());
  // Near miss: FLAGS_##name builds the name from the argument: it stays.
  TestProject q;
  q.write("src/f/flag.h",
          "#pragma once\n#define F_FLAG(name) int FLAGS_##name = 0; "
          "int* name##_ptr = &FLAGS_##name\n");
  q.write("src/f/decl.h", "#pragma once\nextern int FLAGS_verbose;\n");
  q.write("src/a/a.cpp",
          "#include \"f/decl.h\"\n#include \"f/flag.h\"\nF_FLAG(verbose);\n");
  auto near = q.uses({"src/a/a.cpp"});
  INFO(show(near));
  CHECK(of(near, "src/f/flag.h", "FLAGS_verbose").empty());
}

}  // namespace
}  // namespace seams::test

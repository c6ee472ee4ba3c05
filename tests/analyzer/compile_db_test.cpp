// Compile DB loading and argument hygiene.
#include "analyzer/compile_db.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

namespace seams {
namespace {

namespace fs = std::filesystem;

fs::path write_db(const std::string& name, const std::string& text) {
  fs::path dir = fs::temp_directory_path() / ("seams-cdb-" + name);
  fs::create_directories(dir);
  std::ofstream(dir / "compile_commands.json") << text;
  return dir / "compile_commands.json";
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST_CASE("a command string is split like a shell splits it", "[compile_db]") {
  CHECK(split_command(R"(g++ -DX="a b" 'c d' e\ f -I"inc dir")") ==
        std::vector<std::string>{"g++", "-DX=a b", "c d", "e f", "-Iinc dir"});
}

TEST_CASE("arguments and command entries with relative paths load as absolute",
          "[compile_db]") {
  auto db = write_db("forms", R"([
  {"directory": "sub", "file": "a.cpp", "arguments": ["c++", "-c", "a.cpp"]},
  {"directory": "/abs", "file": "/abs/b.cpp", "command": "c++ -c b.cpp"}
])");
  Diagnostics d;
  auto cmds = load_compile_db(db, d);
  REQUIRE(cmds);
  CHECK(cmds->at(0).directory == (db.parent_path() / "sub").string());
  CHECK(cmds->at(0).file == (db.parent_path() / "sub/a.cpp").string());
  CHECK(cmds->at(0).db_line == 2);
  CHECK(cmds->at(1).arguments ==
        std::vector<std::string>{"c++", "-c", "b.cpp"});
}

TEST_CASE("malformed JSON names the file, line and column", "[compile_db]") {
  auto db = write_db(
      "malformed", "[\n  {\"directory\": \"/x\",\n   \"file\" \"a.cpp\"}\n]\n");
  Diagnostics d;
  CHECK_FALSE(load_compile_db(db, d));
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].line == 3);
  CHECK(d.all()[0].message.starts_with("malformed JSON"));
}

TEST_CASE("an entry without a file names the entry's line", "[compile_db]") {
  auto db = write_db("nofile",
                     "[\n  {\"directory\": \"/x\", \"command\": \"c++\"}\n]\n");
  Diagnostics d;
  CHECK_FALSE(load_compile_db(db, d));
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].line == 2);
  CHECK(d.all()[0].message == "entry has no string 'file'");
}

TEST_CASE(
    "clang arguments drop outputs and GCC-only flags and make paths absolute",
    "[compile_db]") {
  CompileCommand c{
      "/proj/build",
      "/proj/src/a.cpp",
      {"g++", "-Iinc", "-I", "../other", "-isystem", "sys", "-DX=1", "-o",
       "a.o", "-c", "../src/a.cpp", "-MD", "-MF", "a.d",
       "-fconcepts-diagnostics-depth=2", "-fno-gnu-unique", "-std=c++20"},
      "db",
      1};
  ClangArgs a = clang_arguments(c);
  CHECK(contains(a.args, "-I/proj/build/inc"));
  CHECK(contains(a.args, "/proj/other"));
  CHECK(contains(a.args, "/proj/build/sys"));
  CHECK(contains(a.args, "-DX=1"));
  CHECK(contains(a.args, "-std=c++20"));
  for (const char* gone :
       {"-o", "a.o", "-c", "-MD", "-MF", "a.d", "../src/a.cpp"})
    CHECK_FALSE(contains(a.args, gone));
  CHECK(a.dropped == std::vector<std::string>{"-fconcepts-diagnostics-depth=2",
                                              "-fno-gnu-unique"});
  CHECK(a.args.back() == "/proj/src/a.cpp");
  CHECK(contains(a.args, "-resource-dir=" + clang_resource_dir()));
}

TEST_CASE("the resource dir holds clang's builtin headers", "[compile_db]") {
  CHECK(fs::exists(fs::path(clang_resource_dir()) / "include" / "stddef.h"));
}

TEST_CASE("identical entries for one file are kept once, different ones all",
          "[compile_db]") {
  std::vector<CompileCommand> v{{"/d", "/d/b.cpp", {"c++", "-DA"}, "db", 1},
                                {"/d", "/d/a.cpp", {"c++"}, "db", 2},
                                {"/d", "/d/b.cpp", {"c++", "-DA"}, "db", 3},
                                {"/d", "/d/b.cpp", {"c++", "-DB"}, "db", 4}};
  dedupe_commands(v);
  REQUIRE(v.size() == 3);
  CHECK(v[0].file == "/d/a.cpp");
  CHECK(v[1].arguments.back() == "-DA");
  CHECK(v[2].arguments.back() == "-DB");
}

}  // namespace
}  // namespace seams

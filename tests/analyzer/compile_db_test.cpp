// Compile DB loading and argument hygiene.
#include "analyzer/compile_db.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <tuple>

namespace seams {
namespace {

namespace fs = std::filesystem;

fs::path write_db(const std::string& name, const std::string& text) {
  fs::path dir = fs::temp_directory_path() / ("seams-cdb-" + name);
  fs::create_directories(dir);
  std::ofstream(dir / "compile_commands.json") << text;
  return dir / "compile_commands.json";
}

// Writes `text` to `dir`/`name` (creating folders) and returns the path.
fs::path write_file(const fs::path& dir, const std::string& name,
                    const std::string& text) {
  const fs::path p = dir / name;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

// The one diagnostic of loading `db`, which must fail.
Diagnostic load_error(const fs::path& db) {
  Diagnostics d;
  CHECK_FALSE(load_compile_db(db, d));
  REQUIRE(d.all().size() == 1);
  return d.all()[0];
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

TEST_CASE("an entry without a file names the entry's line and column",
          "[compile_db]") {
  auto db = write_db(
      "nofile", "[\n    {\"directory\": \"/x\", \"command\": \"c++\"}\n]\n");
  Diagnostic e = load_error(db);
  CHECK(e.file == db.string());
  CHECK(e.line == 2);
  CHECK(e.column == 5);
  CHECK(e.message == "entry has no string 'file'");
  CHECK(e.source_line == R"(    {"directory": "/x", "command": "c++"})");
}

TEST_CASE("entry errors point at their entry also after scalar entries",
          "[compile_db]") {
  auto db = write_db("scalars",
                     "[ 1,\n  \"s\", {\"directory\": \"/x\"},\n  [\"[\"], {}]");
  Diagnostics d;
  CHECK_FALSE(load_compile_db(db, d));
  std::vector<std::tuple<int, int, std::string>> got;
  for (const Diagnostic& e : d.all())
    got.emplace_back(e.line, e.column, e.message);
  CHECK(got == std::vector<std::tuple<int, int, std::string>>{
                   {1, 3, "entry is not an object"},
                   {2, 3, "entry is not an object"},
                   {2, 8, "entry has no string 'file'"},
                   {3, 3, "entry is not an object"},
                   {3, 10, "entry has no string 'directory'"}});
}

TEST_CASE("a number overflow and a non-array name their line and column",
          "[compile_db]") {
  Diagnostic overflow =
      load_error(write_db("overflow", "[\n  {\"n\":\n   1e400}]"));
  CHECK(overflow.line == 3);
  CHECK(overflow.column == 4);
  CHECK(overflow.message == "malformed JSON: number overflow parsing '1e400'");
  Diagnostic object = load_error(write_db("object", "\n  {\"a\": 1}"));
  CHECK(object.line == 2);
  CHECK(object.column == 3);
  CHECK(object.message == "a compile DB must be a JSON array of entries");
}

TEST_CASE("response files expand relative to the entry's directory",
          "[compile_db]") {
  // Nested ones too (as clang and GCC do), not relative to the including file.
  auto db = write_db("rsp", R"([
  {"directory": "sub", "file": "a.cpp",
   "arguments": ["c++", "@flags/a.rsp", "-c", "a.cpp"]},
  {"directory": "sub", "file": "b.cpp", "command": "c++ @flags/b.rsp b.cpp"}
])");
  const fs::path sub = db.parent_path() / "sub";
  write_file(sub, "flags/a.rsp",
             "-DA '-DQ=\"x y\"'\n  @flags/b.rsp -DAFTER @flags/b.rsp\n");
  write_file(sub, "flags/b.rsp", "-Iinc \"-Dsp=a b\" back\\ slash");
  Diagnostics d;
  auto cmds = load_compile_db(db, d);
  REQUIRE(cmds);
  CHECK(cmds->at(0).arguments ==
        std::vector<std::string>{"c++", "-DA", "-DQ=\"x y\"", "-Iinc",
                                 "-Dsp=a b", "back slash", "-DAFTER", "-Iinc",
                                 "-Dsp=a b", "back slash", "-c", "a.cpp"});
  CHECK(cmds->at(1).arguments ==
        std::vector<std::string>{"c++", "-Iinc", "-Dsp=a b", "back slash",
                                 "b.cpp"});
}

TEST_CASE("a response file in UTF-16 or with a UTF-8 byte order mark expands",
          "[compile_db]") {
  auto db = write_db("rsp-bom", R"([
  {"directory": ".", "file": "a.cpp", "arguments": ["c++", "@u16.rsp", "@u8.rsp"]}
])");
  write_file(db.parent_path(), "u16.rsp",
             std::string("\xFF\xFE-\0D\0X\0 \0-\0w\0", 14));
  write_file(db.parent_path(), "u8.rsp", "\xEF\xBB\xBF-DY");
  Diagnostics d;
  auto cmds = load_compile_db(db, d);
  REQUIRE(cmds);
  CHECK(cmds->at(0).arguments ==
        std::vector<std::string>{"c++", "-DX", "-w", "-DY"});
}

TEST_CASE("a missing response file names the DB, the entry and the file",
          "[compile_db]") {
  auto db = write_db("rsp-missing", R"([
  {"directory": ".", "file": "a.cpp", "arguments": ["c++", "-c", "a.cpp"]},
    {"directory": ".", "file": "a.cpp", "arguments": ["c++", "@gone.rsp"]}
])");
  const std::string dir = db.parent_path().string();
  Diagnostic e = load_error(db);
  CHECK(e.file == db.string());
  CHECK(e.line == 3);
  CHECK(e.column == 5);
  CHECK(e.message ==
        "response file '@gone.rsp' not found in the entry's "
        "directory '" +
            dir + "'");
}

TEST_CASE("a missing nested response file names the file that names it",
          "[compile_db]") {
  auto db = write_db("rsp-nested-missing", R"([
  {"directory": ".", "file": "a.cpp", "command": "c++ @outer.rsp"}
])");
  const std::string dir = db.parent_path().string();
  write_file(dir, "outer.rsp", "-DX @inner.rsp");
  Diagnostic e = load_error(db);
  CHECK(e.line == 2);
  CHECK(e.column == 3);
  CHECK(e.message == "response file '@inner.rsp', named in '" +
                         fs::canonical(dir + "/outer.rsp").string() +
                         "', not found in the entry's directory '" + dir + "'");
}

TEST_CASE("a response file in a directory that does not exist says so",
          "[compile_db]") {
  auto db = write_db("rsp-no-dir", R"([
  {"directory": "gone", "file": "a.cpp", "command": "c++ @a.rsp"}
])");
  CHECK(load_error(db).message ==
        "response file '@a.rsp' not found: the entry's directory '" +
            (db.parent_path() / "gone").string() + "' does not exist");
}

TEST_CASE("a response file that includes itself is an error with the chain",
          "[compile_db]") {
  auto db = write_db("rsp-cycle", R"([
  {"directory": ".", "file": "a.cpp", "command": "c++ @top.rsp"}
])");
  write_file(db.parent_path(), "top.rsp", "-DT @a.rsp");
  write_file(db.parent_path(), "a.rsp", "-DA @b.rsp");
  write_file(db.parent_path(), "b.rsp", "-DB @a.rsp");
  Diagnostic e = load_error(db);
  CHECK(e.line == 2);
  CHECK(e.column == 3);
  CHECK(e.message ==
        "response file '@a.rsp' includes itself: @top.rsp -> "
        "@a.rsp -> @b.rsp -> @a.rsp");
}

TEST_CASE("an entry whose directory does not exist is unusable, by name",
          "[compile_db]") {
  const fs::path dir = write_db("unusable", "[]").parent_path();
  const std::string file = write_file(dir, "a.cpp", "").string();
  CompileCommand c{(dir / "gone").string(), file, {"c++"}, "db.json", 3, 5};
  CHECK(unusable_entry(c) == file + ": the entry's directory '" +
                                 (dir / "gone").string() +
                                 "' does not exist (db.json:3:5)");
  c.directory = dir.string();
  CHECK(unusable_entry(c) == std::nullopt);
  c.file = dir.string();
  CHECK(unusable_entry(c) ==
        dir.string() + ": cannot read the file: it is a directory");
  c.file = (dir / "missing.cpp").string();
  CHECK(unusable_entry(c) ==
        c.file + ": cannot read the file: No such file or directory");
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

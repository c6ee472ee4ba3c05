// The fact cache: a warm run parses nothing, an edited header re-parses exactly
// its includers, and a corrupt cache file is ignored and rebuilt -- always with
// the same facts as a cold run.
#include "analyzer/fact_cache.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <thread>

#include "tests/support/test_project.h"

namespace seams::test {
namespace {

struct CacheFixture {
  TestProject project;
  std::vector<CompileCommand> commands;
  CacheOptions cache;

  CacheFixture() {
    project.write("src/b/b.h", "#pragma once\nnamespace b { struct T {}; }\n");
    project.write("src/c/c.h", "#pragma once\nnamespace c { struct U {}; }\n");
    project.write("src/a/one.cpp", "#include \"b/b.h\"\nb::T one;\n");
    project.write("src/a/two.cpp",
                  "#include \"b/b.h\"\n#include \"c/c.h\"\nc::U two;\n");
    project.write("src/a/three.cpp", "#include \"c/c.h\"\nc::U three;\n");
    for (const char* f : {"src/a/one.cpp", "src/a/two.cpp", "src/a/three.cpp"})
      commands.push_back(project.command(f));
    cache.file = project.root() / "cache" / "facts.facts";
  }

  IndexRun run(bool use_cache = true) {
    FrontendOptions opts{{project.root().string()}, 2, {}, {}};
    return index_incremental(commands, opts,
                             use_cache ? cache : CacheOptions{});
  }
};

TEST_CASE(
    "a warm run with nothing changed parses no TU and gives the same facts",
    "[fact_cache]") {
  CacheFixture f;
  IndexRun cold = f.run();
  CHECK(cold.parsed == 3);
  IndexRun warm = f.run();
  CHECK(warm.parsed == 0);
  CHECK(warm.reused == 3);
  CHECK(warm.facts.uses == cold.facts.uses);
  CHECK(warm.facts.decls == cold.facts.decls);
  CHECK(warm.facts.files == cold.facts.files);
}

TEST_CASE("editing a header re-parses exactly the TUs that include it",
          "[fact_cache]") {
  CacheFixture f;
  f.run();
  f.project.write("src/c/c.h",
                  "#pragma once\nnamespace c { struct U {}; struct V {}; }\n");
  IndexRun after = f.run();
  CHECK(after.parsed == 2);  // two.cpp and three.cpp, not one.cpp
  IndexRun cold = f.run(false);
  CHECK(after.facts.uses == cold.facts.uses);
  CHECK(after.facts.decls == cold.facts.decls);
}

TEST_CASE("a use added to a re-parsed file appears, a removed one disappears",
          "[fact_cache]") {
  CacheFixture f;
  f.run();
  f.project.write("src/a/one.cpp", "#include \"c/c.h\"\nc::U one;\n");
  IndexRun after = f.run();
  CHECK(after.parsed == 1);
  bool uses_b = false, uses_c = false;
  for (const auto& u : after.facts.uses) {
    if (!u.file.str().ends_with("one.cpp")) continue;
    uses_b |= u.symbol == "b::T";
    uses_c |= u.symbol == "c::U";
  }
  CHECK_FALSE(uses_b);
  CHECK(uses_c);
}

TEST_CASE("a corrupt or truncated cache file is ignored and rebuilt",
          "[fact_cache]") {
  CacheFixture f;
  IndexRun cold = f.run();
  auto size = std::filesystem::file_size(*f.cache.file);
  std::filesystem::resize_file(*f.cache.file, size / 2);
  IndexRun again = f.run();
  CHECK(again.parsed == 3);
  CHECK(again.notes.size() == 1);
  CHECK(again.facts.uses == cold.facts.uses);
  // Flip one byte of the payload: the checksum catches it.
  {
    std::fstream io(*f.cache.file,
                    std::ios::in | std::ios::out | std::ios::binary);
    io.seekp(-3, std::ios::end);
    io.put('\x7f');
  }
  IndexRun third = f.run();
  CHECK(third.parsed == 3);
  CHECK(third.facts.uses == cold.facts.uses);
}

TEST_CASE("the cache directory is kept under its size cap, oldest first",
          "[fact_cache]") {
  CacheFixture f;
  auto dir = f.cache.file->parent_path();
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "old.facts") << std::string(4096, 'x');
  std::filesystem::last_write_time(
      dir / "old.facts",
      std::filesystem::file_time_type::clock::now() - std::chrono::hours(24));
  f.cache.max_bytes = 1;  // only the file just written survives
  f.run();
  CHECK_FALSE(std::filesystem::exists(dir / "old.facts"));
  CHECK(std::filesystem::exists(*f.cache.file));
}

}  // namespace
}  // namespace seams::test

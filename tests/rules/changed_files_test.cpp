// Changed-files mode: git's view of a change (committed, staged, untracked,
// under the project root only) and a plain list of paths.
#include "rules/changed_files.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace seams::test {
namespace {
namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    static int n = 0;
    path = fs::temp_directory_path() /
           ("seams-changed-" + std::to_string(::getpid()) + "-" +
            std::to_string(n++));
    fs::create_directories(path);
    path = fs::canonical(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((path / rel).parent_path());
    std::ofstream(path / rel) << text;
  }
  void git(const std::string& args) const {
    const std::string cmd = "git -C '" + path.string() +
                            "' -c user.email=t@example.com -c user.name=t -c "
                            "init.defaultBranch=main "
                            "-c commit.gpgsign=false " +
                            args + " >/dev/null 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
  }
};

TEST_CASE("split_nul splits git -z output", "[changed]") {
  using namespace std::string_literals;
  CHECK(split_nul("a.cpp\0b/c.h\0"s) ==
        std::vector<std::string>{"a.cpp", "b/c.h"});
  CHECK(split_nul("").empty());
}

TEST_CASE(
    "changed_since: commits since the merge base, edits and untracked "
    "files under the root",
    "[changed]") {
  TempDir repo;
  repo.write("proj/src/a.cpp", "int a;\n");
  repo.write("proj/src/b.cpp", "int b;\n");
  repo.write("other/x.cpp", "int x;\n");
  repo.git("init -q");
  repo.git("add -A");
  repo.git("commit -q -m base");
  repo.git("checkout -q -b topic");
  repo.write("proj/src/a.cpp", "int a2;\n");
  repo.write("other/x.cpp", "int x2;\n");
  repo.git("commit -q -am change");
  repo.write("proj/src/b.cpp", "int b2;\n");  // uncommitted
  repo.write("proj/src/new.h", "\n");         // untracked
  Diagnostics diags;
  auto c = changed_since((repo.path / "proj").string(), "main", diags);
  REQUIRE(c);
  CHECK(c->files ==
        std::vector<std::string>{"src/a.cpp", "src/b.cpp", "src/new.h"});
  CHECK(c->contains("src/a.cpp"));
  CHECK_FALSE(c->contains("src/c.cpp"));
}

TEST_CASE("changed_since: an unknown revision or an option is an error",
          "[changed]") {
  TempDir repo;
  repo.write("a.cpp", "\n");
  repo.git("init -q");
  repo.git("add -A");
  repo.git("commit -q -m base");
  for (const char* ref : {"no-such-branch", "--output=/tmp/x"}) {
    Diagnostics diags;
    CHECK_FALSE(changed_since(repo.path.string(), ref, diags));
    REQUIRE(diags.has_errors());
    CHECK(diags.all()[0].message.find(ref) != std::string::npos);
  }
}

TEST_CASE(
    "read_changed_files: paths from the current directory, outside "
    "ones dropped",
    "[changed]") {
  TempDir dir;
  const fs::path old = fs::current_path();
  fs::current_path(dir.path);
  dir.write("list.txt", "proj/src/a.cpp\r\n\n" +
                            (dir.path / "proj/b.h").string() +
                            "\nelsewhere/c.cpp\n");
  Diagnostics diags;
  auto c = read_changed_files("list.txt", (dir.path / "proj").string(), diags);
  fs::current_path(old);
  REQUIRE(c);
  CHECK(c->files == std::vector<std::string>{"b.h", "src/a.cpp"});
  Diagnostics missing;
  CHECK_FALSE(read_changed_files("/nonexistent/list", "/", missing));
  CHECK(missing.has_errors());
}

}  // namespace
}  // namespace seams::test

// Reading git history: repositories are created at test time with fixed
// dates and identity (never a committed .git), so the window, the commit cap,
// the subdirectory root and the fallbacks are tested against real git.
#include "scoring/git_history.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace seams::test {
namespace {

namespace fs = std::filesystem;

// Identity and dates come from the environment; no user config applies.
const char* kGitEnv =
    "export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 "
    "GIT_AUTHOR_NAME=seams GIT_AUTHOR_EMAIL=seams@example.com "
    "GIT_COMMITTER_NAME=seams GIT_COMMITTER_EMAIL=seams@example.com; ";

class TempRepo {
 public:
  TempRepo() {
    static int n = 0;
    dir_ =
        fs::temp_directory_path() /
        ("seams-git-" + std::to_string(getpid()) + "-" + std::to_string(n++));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    dir_ = fs::canonical(dir_);
    REQUIRE(sh("git init -q") == 0);
  }
  ~TempRepo() { fs::remove_all(dir_); }
  TempRepo(const TempRepo&) = delete;
  TempRepo& operator=(const TempRepo&) = delete;

  /// Appends a line to each file and commits them at `date` (ISO 8601, UTC).
  void commit(const std::string& date, const std::vector<std::string>& files) {
    for (const auto& f : files) {
      fs::create_directories((dir_ / f).parent_path());
      std::ofstream(dir_ / f, std::ios::app) << date << '\n';
    }
    const std::string when = date + "T12:00:00Z";
    REQUIRE(sh("export GIT_AUTHOR_DATE=" + when + " GIT_COMMITTER_DATE=" +
               when + "; git add -A && git commit -q -m change") == 0);
  }
  std::string path(const std::string& rel = "") const {
    return rel.empty() ? dir_.string() : (dir_ / rel).string();
  }

 private:
  int sh(const std::string& cmd) const {
    return std::system(
        (std::string(kGitEnv) + "cd '" + dir_.string() + "' && " + cmd)
            .c_str());
  }
  fs::path dir_;
};

constexpr std::int64_t k2020_06_29 = 1593432000;  // 2020-06-29T12:00:00Z

}  // namespace

TEST_CASE("git log output parses into commits with sorted files", "[git]") {
  auto commits = parse_git_log(
      "\x1e"
      "200\n\nsrc/b.h\nsrc/a.cpp\n"
      "\x1e"
      "100\n\nsrc/a.cpp\n");
  REQUIRE(commits.size() == 2);
  CHECK(commits[0] == Commit{200, {"src/a.cpp", "src/b.h"}});
  CHECK(commits[1] == Commit{100, {"src/a.cpp"}});
  CHECK(parse_git_log("").empty());
}

TEST_CASE("the window ends at the newest commit, not today", "[git]") {
  TempRepo repo;
  repo.commit("2020-01-01", {"src/a.cpp"});
  repo.commit("2020-05-01", {"src/a.cpp", "src/b.h"});
  repo.commit("2020-06-29", {"src/b.h"});
  GitHistory h = read_git_history(repo.path(), {90, 100, "git"});
  INFO(h.note);
  REQUIRE(h.available);
  CHECK(h.newest == k2020_06_29);
  CHECK(h.since == k2020_06_29 - 90 * 86400);
  REQUIRE(h.commits.size() == 2);  // January is outside the 90 days
  CHECK(h.commits[0].files == std::vector<std::string>{"src/b.h"});
  CHECK(h.commits[1].files == std::vector<std::string>{"src/a.cpp", "src/b.h"});
  CHECK_FALSE(h.capped);
}

TEST_CASE("max_commits keeps the newest commits", "[git]") {
  TempRepo repo;
  repo.commit("2020-06-01", {"a.cpp"});
  repo.commit("2020-06-02", {"b.cpp"});
  repo.commit("2020-06-03", {"c.cpp"});
  GitHistory h = read_git_history(repo.path(), {180, 2, "git"});
  REQUIRE(h.commits.size() == 2);
  CHECK(h.commits[0].files == std::vector<std::string>{"c.cpp"});
  CHECK(h.capped);
}

TEST_CASE("a project in a subdirectory sees only its own files, relative",
          "[git]") {
  TempRepo repo;
  repo.commit("2020-06-01", {"proj/src/a.cpp", "docs/x.md"});
  repo.commit("2020-06-10", {"docs/x.md"});  // newer, but not the project's
  GitHistory h = read_git_history(repo.path("proj"), {30, 100, "git"});
  REQUIRE(h.available);
  REQUIRE(h.commits.size() == 1);
  CHECK(h.commits[0].files == std::vector<std::string>{"src/a.cpp"});
  CHECK(h.newest == k2020_06_29 - 28 * 86400);  // 2020-06-01
}

TEST_CASE("a tree that is not a git repository has no history", "[git]") {
  const fs::path dir =
      fs::temp_directory_path() / ("seams-nogit-" + std::to_string(getpid()));
  fs::create_directories(dir);
  GitHistory h = read_git_history(dir.string(), {});
  fs::remove_all(dir);
  CHECK_FALSE(h.available);
  CHECK(h.note.find("not a git repository") != std::string::npos);
}

TEST_CASE("a missing git binary means no history, not an error", "[git]") {
  TempRepo repo;
  repo.commit("2020-06-01", {"a.cpp"});
  GitHistory h =
      read_git_history(repo.path(), {180, 100, "seams-no-such-git-binary"});
  CHECK_FALSE(h.available);
  CHECK(h.note ==
        "no git history: cannot run 'seams-no-such-git-binary': No such file "
        "or directory");
}

}  // namespace seams::test

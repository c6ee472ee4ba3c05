// Tests of config/ownership.h: the warnings about globs that match no file,
// modules that own none, globs that lose every file to a more specific one,
// and the walk of the files on disk.
#include "config/ownership.h"

#include <fmt/format.h>
#include <stdlib.h>  // mkdtemp

#include <catch2/catch.hpp>
#include <fstream>

#include "tests/support/config_vocabulary.h"

namespace seams {
namespace {

namespace fs = std::filesystem;

/// A temp project: seams.yaml plus empty files; removed at the end.
class Tree {
 public:
  Tree(std::string_view yaml, const std::vector<std::string>& files) {
    std::string templ =
        (fs::temp_directory_path() / "seams-ownership-test-XXXXXX").string();
    REQUIRE(mkdtemp(templ.data()) != nullptr);
    dir_ = templ;
    std::ofstream(dir_ / "seams.yaml") << yaml;
    for (const std::string& f : files) {
      fs::create_directories((dir_ / f).parent_path());
      std::ofstream(dir_ / f) << "";
    }
    Diagnostics diags;
    config_ = load_config(dir_ / "seams.yaml", test::rule_vocabulary(), diags);
    INFO((diags.all().empty() ? std::string() : diags.all()[0].message));
    REQUIRE(config_);
    map_.emplace(*config_);
  }
  ~Tree() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  const fs::path& dir() const { return dir_; }

  /// The warnings of check_ownership, as "L:C: message".
  std::vector<std::string> warnings(std::size_t* walked = nullptr) const {
    Diagnostics diags;
    const std::size_t files = check_ownership(*map_, diags);
    if (walked != nullptr) *walked = files;
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.all()) {
      CHECK(d.level == DiagLevel::warning);
      out.push_back(fmt::format("{}:{}: {}", d.line, d.column, d.message));
    }
    return out;
  }

 private:
  fs::path dir_;
  std::optional<Config> config_;
  std::optional<ModuleMap> map_;
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("globs that all own files give no warning") {
  Tree t(R"(version: 1
exclude: ["third_party/**"]
modules:
  db: {paths: ["db/**"], public: ["db/*.h"]}
  tests: {paths: ["**/*_test.cc"]}
)",
         {"db/table.h", "db/table.cc", "util/x_test.cc", "third_party/z.c"});
  CHECK(t.warnings().empty());
}

TEST_CASE("a glob that matches no file is a warning at the glob") {
  Tree t(R"(version: 1
exclude: ["vendor/**"]
modules:
  db: {paths: ["db/**", "storage/**"], public: ["db/include/**"]}
)",
         {"db/table.h"});
  CHECK(t.warnings() ==
        Lines{"2:11: exclude glob 'vendor/**' matches no file under the "
              "project root",
              "4:25: glob 'storage/**' of module 'db' matches no file under "
              "the project root",
              "4:49: public glob 'db/include/**' of module 'db' matches none "
              "of its files"});
}

TEST_CASE("a module that owns no file is a warning at its name") {
  Tree t(R"(version: 1
modules:
  db: {paths: ["db/**"]}
  legacy: {paths: ["old/**"], public: ["old/*.h"]}
)",
         {"db/table.h"});
  CHECK(t.warnings() ==
        Lines{"4:3: module 'legacy' owns no file",
              "4:20: glob 'old/**' of module 'legacy' matches no file under "
              "the project root"});
}

TEST_CASE("a glob that loses every file names the more specific winner") {
  Tree t(R"(version: 1
modules:
  db: {paths: ["db/**"]}
  tests: {paths: ["**/*_test.cc"]}
)",
         {"db/table.cc", "db/skiplist_test.cc", "db/version_test.cc"});
  CHECK(t.warnings() ==
        Lines{"4:3: module 'tests' owns no file",
              "4:19: glob '**/*_test.cc' of module 'tests' owns nothing: "
              "'db/**' of module 'db' is more specific for "
              "db/skiplist_test.cc"});
}

TEST_CASE("a glob that wins one file of those it matches gives no warning") {
  Tree t(R"(version: 1
modules:
  db: {paths: ["db/**"]}
  tests: {paths: ["**/*_test.cc"]}
)",
         {"db/skiplist_test.cc", "util/x_test.cc"});
  CHECK(t.warnings().empty());
}

TEST_CASE("losing to a glob of the same module is no warning") {
  Tree t(R"(version: 1
modules:
  db: {paths: ["db/**", "db/include/**"]}
)",
         {"db/include/t.h"});
  CHECK(t.warnings().empty());
}

TEST_CASE("a glob that matches only excluded files says so") {
  Tree t(R"(version: 1
exclude: ["third_party/**"]
modules:
  db: {paths: ["db/**"]}
  zlib: {paths: ["third_party/zlib/**"]}
)",
         {"db/t.h", "third_party/zlib/zlib.h"});
  CHECK(t.warnings() ==
        Lines{"5:3: module 'zlib' owns no file",
              "5:18: glob 'third_party/zlib/**' of module 'zlib' matches only "
              "excluded files, e.g. third_party/zlib/zlib.h (excluded by "
              "'third_party/**')"});
}

TEST_CASE("a tie is no ownership warning: it is an ambiguity error") {
  Tree t(R"(version: 1
modules:
  a: {paths: ["src/**"]}
  b: {paths: ["src/**"]}
)",
         {"src/x.h"});
  CHECK(t.warnings().empty());
}

TEST_CASE("the walk skips hidden directories unless a glob names them") {
  Tree t(R"(version: 1
modules:
  all: {paths: ["**/*.h"]}
  ci: {paths: [".ci/**"]}
)",
         {".git/objects/x.h", ".ci/run", "a.h"});
  CHECK(t.warnings().empty());
  Tree hidden(R"(version: 1
modules:
  all: {paths: ["**/*.h"]}
)",
              {".git/objects/x.h"});
  CHECK(hidden.warnings() ==
        Lines{"3:3: module 'all' owns no file",
              "3:17: glob '**/*.h' of module 'all' matches no file under the "
              "project root"});
}

TEST_CASE("the walk stops once every glob has done its job") {
  std::vector<std::string> files;
  for (int i = 0; i < 20; ++i) files.push_back(fmt::format("db/f{:02}.cc", i));
  Tree t("version: 1\nmodules:\n  db: {paths: [\"db/**\"]}\n", files);
  std::size_t walked = 0;
  CHECK(t.warnings(&walked).empty());
  // seams.yaml at the root, then db/f00.cc: db/** has won, nothing is left.
  CHECK(walked == 21);
  Tree elsewhere("version: 1\nmodules:\n  db: {paths: [\"db/**\"]}\n",
                 {"db/a.cc", "other/x/y/z.cc"});
  CHECK(elsewhere.warnings(&walked).empty());
  CHECK(walked == 2);  // other/ cannot hold a file of db/**
}

TEST_CASE("symlinked directories are not followed") {
  Tree t("version: 1\nmodules:\n  db: {paths: [\"link/**\"]}\n", {"db/a.cc"});
  fs::create_directory_symlink(t.dir() / "db", t.dir() / "link");
  CHECK(t.warnings() ==
        Lines{"3:3: module 'db' owns no file",
              "3:16: glob 'link/**' of module 'db' matches no file under the "
              "project root"});
}

}  // namespace seams

// Tests of config/module_map.h: which module owns a file, which files are
// excluded, unowned or external, which are public, and the error for two
// equally specific owners.
#include "config/module_map.h"

#include <stdlib.h>  // mkdtemp

#include <catch2/catch.hpp>
#include <fstream>

#include "tests/support/config_vocabulary.h"

namespace seams {
namespace {

namespace fs = std::filesystem;

/// Removes a directory at the end of its scope, also when the constructor of
/// its owner fails.
struct DirRemover {
  fs::path dir;
  DirRemover() = default;
  DirRemover(const DirRemover&) = delete;
  DirRemover& operator=(const DirRemover&) = delete;
  ~DirRemover() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

/// Loads `yaml` from a seams.yaml in a fresh temp directory and keeps the
/// Config alive for the map built on it.
class Project {
 public:
  explicit Project(std::string_view yaml) {
    std::string templ =
        (fs::temp_directory_path() / "seams-map-test-XXXXXX").string();
    REQUIRE(mkdtemp(templ.data()) != nullptr);
    dir_.dir = templ;
    file_ = dir_.dir / "seams.yaml";
    // "version: 1" after the last line when the text has none: positions stay.
    std::ofstream(file_) << yaml
                         << (yaml.find("version:") == std::string_view::npos
                                 ? "version: 1\n"
                                 : "");
    Diagnostics diags;
    config_ = load_config(file_, test::rule_vocabulary(), diags);
    INFO((diags.all().empty() ? std::string() : diags.all()[0].message));
    REQUIRE(config_);
    map_.emplace(*config_);
  }
  const ModuleMap& map() const { return *map_; }

  /// The owning module's name, or "(external)", "(excluded)", "(unowned)".
  std::string owner(std::string_view path) {
    const FileOwner o = map_->classify(path, looks_like_header(path), diags_);
    switch (o.cls) {
      case FileClass::external:
        return "(external)";
      case FileClass::library:
        return "(library " + map_->name(o.module) + ")";
      case FileClass::excluded:
        return "(excluded)";
      case FileClass::unowned:
        return "(unowned)";
      case FileClass::owned:
        return map_->name(o.module);
    }
    return "(bad class)";
  }

  bool is_public(std::string_view path, bool is_header) {
    const FileOwner o = map_->classify(path, is_header, diags_);
    REQUIRE(o.cls == FileClass::owned);
    return o.is_public;
  }

  /// Diagnostics so far, with the temp path shown as "seams.yaml".
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags_.all()) {
      std::string text = format_location(d) + d.message;
      for (std::size_t at = text.find(file_.string()); at != std::string::npos;
           at = text.find(file_.string())) {
        text.replace(at, file_.string().size(), "seams.yaml");
      }
      out.push_back(text);
    }
    return out;
  }
  const Diagnostics& diags() const { return diags_; }

 private:
  DirRemover dir_;
  fs::path file_;
  std::optional<Config> config_;
  std::optional<ModuleMap> map_;
  Diagnostics diags_;
};

constexpr std::string_view kNested = R"(version: 1
exclude: ["third_party/**", "**/*_test.cpp"]
modules:
  core:
    paths: ["src/core/**"]
  core_internal:
    paths: ["src/core/internal/**"]
  app:
    paths: ["src/*.cpp", "tools/**"]
)";

}  // namespace

TEST_CASE("module ids follow the sorted module names") {
  Project p(kNested);
  CHECK(p.map().names() ==
        std::vector<std::string>{"app", "core", "core_internal"});
  CHECK(p.map().size() == 3);
  REQUIRE(p.map().find("core"));
  CHECK(*p.map().find("core") == ModuleId{1});
  CHECK(p.map().name(ModuleId{2}) == "core_internal");
  CHECK_FALSE(p.map().find("cor"));
  CHECK_FALSE(p.map().find("zzz"));
  CHECK(p.map().module_config(ModuleId{0}).name == "app");
  CHECK(p.map().module_config(ModuleId{2}).paths[0].glob.pattern() ==
        "src/core/internal/**");
}

TEST_CASE("the most specific glob owns a file in nested module directories") {
  Project p(kNested);
  CHECK(p.owner("src/core/log.h") == "core");
  CHECK(p.owner("src/core/internal/pool.h") == "core_internal");
  CHECK(p.owner("src/core/internal/detail/x.cpp") == "core_internal");
  CHECK(p.owner("src/core/internal") ==
        "core_internal");  // '**' matches zero segments too
  CHECK(p.owner("src/main.cpp") == "app");
  CHECK(p.owner("tools/gen/main.cpp") == "app");
  CHECK(p.diags().all().empty());
}

TEST_CASE("excluded files belong to no module") {
  Project p(kNested);
  CHECK(p.owner("third_party/zlib/zlib.h") == "(excluded)");
  CHECK(p.owner("src/core/log_test.cpp") == "(excluded)");
  CHECK(p.owner("src/core/log.cpp") == "core");
}

TEST_CASE("a file inside the root that no glob matches is unowned") {
  Project p(kNested);
  CHECK(p.owner("src/other/x.h") == "(unowned)");
  CHECK(p.owner("src/main.h") == "(unowned)");
  CHECK(p.owner("README.md") == "(unowned)");
}

TEST_CASE("files outside the root are external") {
  Project p("modules:\n  all: {paths: [\"**\"]}\n");
  CHECK(p.owner("../other/x.h") == "(external)");
  CHECK(p.owner("..") == "(external)");
  CHECK(p.owner("/usr/include/c++/12/vector") == "(external)");
  CHECK(p.owner("..x/y.h") == "all");
}

TEST_CASE("a leading './' in a classified path is ignored") {
  Project p(kNested);
  CHECK(p.owner("./src/core/log.h") == "core");
}

TEST_CASE("two modules owning a file equally specifically is an error") {
  Project p(R"(version: 1
modules:
  zeta:
    paths: ["src/*/x.h"]
  alpha:
    paths: ["src/?/x.h"]
)");
  CHECK(p.owner("src/a/x.h") == "zeta");  // declared first, though sorted last
  CHECK(
      p.messages() ==
      std::vector<std::string>{
          R"(seams.yaml:6:13: ambiguous ownership: 'src/a/x.h' is matched by module 'zeta' (seams.yaml:4:13 'src/*/x.h') and module 'alpha' (seams.yaml:6:13 'src/?/x.h') with equal specificity; make one glob more specific)"});
  CHECK(p.diags().all()[0].source_line == "    paths: [\"src/?/x.h\"]");
  CHECK(p.diags().error_count() == 1);
}

TEST_CASE("an ambiguity is reported once per pair of globs") {
  Project p(R"(modules:
  a: {paths: ["src/**"]}
  b: {paths: ["**/src"]}
  c: {paths: ["src/**"]}
)");
  CHECK(p.owner("src/x/y.h") == "a");
  CHECK(p.owner("src/x/y.h") == "a");
  CHECK(p.owner("src/z/w.h") == "a");
  CHECK(p.messages().size() == 1);  // only a and c match; reported once
  CHECK(p.owner("src/src") ==
        "a");  // a, b and c match: the new pair a/b is reported
  CHECK(p.messages().size() == 2);
}

TEST_CASE("globs of the same module that tie are not ambiguous") {
  Project p("modules:\n  a: {paths: [\"src/*.h\", \"src/?.h\"]}\n");
  CHECK(p.owner("src/x.h") == "a");
  CHECK(p.diags().all().empty());
}

TEST_CASE("a more specific owner settles a tie between less specific globs") {
  Project p(R"(modules:
  a: {paths: ["src/**"]}
  b: {paths: ["**/src"]}
  c: {paths: ["src/core/**"]}
)");
  CHECK(p.owner("src/core/src") == "c");
  CHECK(p.diags().all().empty());
}

TEST_CASE("with a public list, only the files it matches are public") {
  Project p(R"(modules:
  billing:
    paths: ["src/billing/**"]
    public: ["src/billing/include/**", "src/billing/api.cpp"]
)");
  CHECK(p.is_public("src/billing/include/billing/invoice.h", true));
  CHECK(p.is_public("src/billing/api.cpp", false));
  CHECK_FALSE(p.is_public("src/billing/detail/tax.h", true));
  CHECK_FALSE(p.is_public("src/billing/invoice.cpp", false));
}

TEST_CASE("without a public list, headers are public and sources private") {
  Project p("modules:\n  billing: {paths: [\"src/billing/**\"]}\n");
  CHECK(p.is_public("src/billing/invoice.h", true));
  CHECK(p.is_public("src/billing/detail/tax.h", true));
  CHECK_FALSE(p.is_public("src/billing/invoice.cpp", false));
}

TEST_CASE("an empty public list makes every file of the module private") {
  Project p("modules:\n  billing: {paths: [\"src/billing/**\"], public: []}\n");
  CHECK_FALSE(p.is_public("src/billing/invoice.h", true));
}

TEST_CASE("header-like file names are recognized by extension or its absence") {
  for (const char* header :
       {"a.h", "x/a.hh", "a.hpp", "a.hxx", "a.h++", "a.inc", "a.inl", "a.ipp",
        "a.tcc", "include/vector", "A.H", "x.y/string"}) {
    INFO(header);
    CHECK(looks_like_header(header));
  }
  for (const char* source :
       {"a.cpp", "a.cc", "a.c", "a.cxx", "x.h/a.cpp", "a.hpp.in", "a.hh~"}) {
    INFO(source);
    CHECK_FALSE(looks_like_header(source));
  }
}

TEST_CASE("a leading dot starts a hidden name, not an extension") {
  CHECK(looks_like_header("include/.hidden"));
  CHECK_FALSE(looks_like_header("src/.hidden.cpp"));
}

TEST_CASE("explain lists the winning glob first, then the ones that lose") {
  Project p(R"(modules:
  db: {paths: ["db/**"], public: ["db/*.h"]}
  tests: {paths: ["**/*_test.cc"]}
  all: {paths: ["**"]}
)");
  const Ownership o = p.map().explain("./db/skiplist_test.cc", false);
  CHECK(o.cls == FileClass::owned);
  REQUIRE(o.matches.size() == 3);
  CHECK(p.map().name(o.matches[0].module) == "db");
  CHECK(o.matches[0].pattern->glob.pattern() == "db/**");
  CHECK(p.map().name(o.matches[1].module) == "tests");
  CHECK(p.map().name(o.matches[2].module) == "all");
  CHECK_FALSE(o.tie);
  CHECK_FALSE(o.is_public);
  CHECK(o.public_by == nullptr);
  const Ownership h = p.map().explain("db/table.h", true);
  CHECK(h.is_public);
  REQUIRE(h.public_by != nullptr);
  CHECK(h.public_by->glob.pattern() == "db/*.h");
  CHECK(p.diags().all().empty());
}

TEST_CASE("explain names the exclude globs, the tie and the outside") {
  Project p(R"(exclude: ["third_party/**", "**/*.c"]
modules:
  a: {paths: ["src/**"]}
  b: {paths: ["src/**"]}
)");
  const Ownership x = p.map().explain("third_party/z.c", false);
  CHECK(x.cls == FileClass::excluded);
  CHECK(x.excluded_by.size() == 2);
  const Ownership t = p.map().explain("src/x.h", true);
  CHECK(t.cls == FileClass::owned);
  CHECK(p.map().name(t.matches[0].module) == "a");
  CHECK(t.tie);
  CHECK(t.is_public);  // no public list: headers are public
  CHECK(p.map().explain("tools/x.py", false).cls == FileClass::unowned);
  CHECK(p.map().explain("../x.h", true).cls == FileClass::external);
  CHECK(p.diags().all().empty());  // explain reports nothing
}

}  // namespace seams

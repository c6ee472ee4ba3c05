// The fact cache is never stale: for random sequences of edits — a flag added
// or removed in one entry, a header edited, a TU added or removed, the compile
// DB reordered — a warm run's linked uses equal a cold run's, after every
// step. Seeds are fixed, so a failure names the seed and step that reproduce
// it.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <sstream>

#include "analyzer/fact_cache.h"
#include "tests/support/test_project.h"

namespace seams::test {
namespace {

// A small project where flags and headers decide what is used: b.h uses
// c::f() only under -DUSE_C, and with -std=c++17 also d::g(); and lib::T of a
// library outside the project, whose header can move it to another file.
struct EditableProject {
  TestProject project;
  TestProject system;  // the library's include directory: another tree
  int library_version = 0;
  std::vector<std::string> mains = {"src/a/one.cpp", "src/a/two.cpp",
                                    "src/a/three.cpp"};
  std::map<std::string, std::vector<std::string>> flags;  // main -> extras
  int header_version = 0;
  int extra_tus = 0;
  CacheOptions cache;

  EditableProject() {
    project.write("src/c/c.h", "#pragma once\nnamespace c { void f(); }\n");
    project.write("src/d/d.h", "#pragma once\nnamespace d { void g(); }\n");
    write_header();
    write_library();
    for (const auto& m : mains) write_main(m);
    cache.file = project.root() / "cache" / "facts.facts";
  }

  void write_header() {
    std::ostringstream h;
    h << "#pragma once\n#include \"c/c.h\"\n#include \"d/d.h\"\n"
      << "namespace b {\n"
      << "inline void run" << header_version << "() {\n"
      << "#ifdef USE_C\n  c::f();\n#endif\n"
      << "#if __cplusplus >= 201703L\n  d::g();\n#endif\n"
      << (header_version % 2 ? "  c::f();\n" : "") << "}\n}\n";
    project.write("src/b/b.h", h.str());
  }

  // lib::T lives in lib/lib.h, or (odd versions) in lib/detail.h, which
  // lib/lib.h includes: the external uses' target file moves.
  void write_library() {
    const std::string t = "namespace lib { struct T { int v; }; }\n";
    system.write("lib/detail.h",
                 "#pragma once\n" + (library_version % 2 ? t : ""));
    system.write("lib/lib.h", "#pragma once\n#include <lib/detail.h>\n" +
                                  (library_version % 2 ? "" : t));
  }

  void write_main(const std::string& m) {
    project.write(m, "#include \"b/b.h\"\n#include <lib/lib.h>\nvoid use_" +
                         std::to_string(m.size() + m.back()) +
                         "() { lib::T t{1}; (void)t; }\n");
  }

  std::vector<CompileCommand> commands() const {
    std::vector<CompileCommand> out;
    for (const auto& m : mains) {
      auto it = flags.find(m);
      std::vector<std::string> extra = {"-isystem", system.root().string()};
      if (it != flags.end())
        extra.insert(extra.end(), it->second.begin(), it->second.end());
      out.push_back(project.command(m, extra));
    }
    return out;
  }

  struct Result {
    std::vector<FileUse> uses, external_uses;
    std::vector<std::string> include_dirs;
    bool operator==(const Result&) const = default;
  };
  Result run(bool warm) {
    FrontendOptions opts{{project.root().string()}, 2, {}, {}};
    IndexRun r =
        index_incremental(commands(), opts, warm ? cache : CacheOptions{});
    return {link_uses(r.facts, project.root().string()),
            link_external_uses(r.facts, project.root().string()),
            r.facts.include_dirs};
  }

  // One random edit; returns what it did, for the failure message.
  std::string edit(std::mt19937& rng) {
    auto pick = [&](std::size_t n) {
      return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
    };
    switch (pick(7)) {
      case 0: {  // toggle -DUSE_C on one entry
        auto& f = flags[mains[pick(mains.size())]];
        auto it = std::find(f.begin(), f.end(), "-DUSE_C");
        if (it == f.end()) {
          f.push_back("-DUSE_C");
          return "add -DUSE_C";
        }
        f.erase(it);
        return "remove -DUSE_C";
      }
      case 1: {  // switch one entry between C++20 (default) and C++11
        auto& f = flags[mains[pick(mains.size())]];
        auto it = std::find(f.begin(), f.end(), "-std=c++11");
        if (it == f.end()) {
          f.push_back("-std=c++11");
          return "C++11";
        }
        f.erase(it);
        return "C++20";
      }
      case 2:
        ++header_version;
        write_header();
        return "edit b.h";
      case 3: {
        std::string m = "src/a/extra" + std::to_string(extra_tus++) + ".cpp";
        write_main(m);
        mains.push_back(m);
        return "add " + m;
      }
      case 4: {
        if (mains.size() <= 1) return "nothing";
        std::size_t i = pick(mains.size());
        std::string m = mains[i];
        mains.erase(mains.begin() + static_cast<std::ptrdiff_t>(i));
        return "remove " + m;
      }
      case 5:
        std::shuffle(mains.begin(), mains.end(), rng);
        return "reorder";
      default:
        ++library_version;
        write_library();
        return "move lib::T";
    }
  }
};

TEST_CASE("warm equals cold after any sequence of edits", "[fact_cache]") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    EditableProject p;
    std::mt19937 rng(seed);
    p.run(true);
    std::string history;
    for (int step = 0; step < 8; ++step) {
      history += " " + p.edit(rng) + ";";
      INFO("seed " << seed << ", edits:" << history);
      const auto warm = p.run(true);
      const auto cold = p.run(false);
      REQUIRE(warm == cold);
    }
  }
}

TEST_CASE("removing a flag from one entry drops the uses it enabled",
          "[fact_cache]") {
  EditableProject p;
  p.flags["src/a/one.cpp"] = {"-DUSE_C"};
  auto uses_c = [](const std::vector<FileUse>& uses) {
    return std::any_of(uses.begin(), uses.end(), [](const FileUse& u) {
      return u.symbol == "c::f" && u.from == "src/b/b.h";
    });
  };
  CHECK(uses_c(p.run(true).uses));
  p.flags.clear();
  CHECK_FALSE(uses_c(p.run(true).uses));
  CHECK_FALSE(uses_c(p.run(false).uses));
}

TEST_CASE("a library header that moves a name drops the old external uses",
          "[fact_cache]") {
  EditableProject p;
  auto targets = [](const std::vector<FileUse>& uses) {
    std::set<std::string> out;
    for (const FileUse& u : uses)
      if (u.symbol == "lib::T") out.insert(u.to.substr(u.to.rfind('/') + 1));
    return out;
  };
  CHECK(targets(p.run(true).external_uses) == std::set<std::string>{"lib.h"});
  ++p.library_version;
  p.write_library();
  CHECK(targets(p.run(true).external_uses) ==
        std::set<std::string>{"detail.h"});
}

}  // namespace
}  // namespace seams::test

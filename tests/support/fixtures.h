// Fixtures for tests above the front end: a config from YAML text, and a module
// graph from hand-written file uses ("src/a/x.cpp -> src/b/y.h").
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "config/config.h"
#include "config/module_map.h"
#include "graph/graph.h"
#include "rules/rule.h"

namespace seams::test {

/// A loaded config plus its module map; fails the test on config errors.
struct Fixture {
  std::unique_ptr<Config> config;
  std::unique_ptr<ModuleMap> map;
  ModuleGraph graph;

  ModuleId id(const std::string& name) const { return *map->find(name); }
};

inline Fixture make_fixture(const std::string& yaml,
                            const std::vector<FileUse>& uses) {
  static int n = 0;
  auto dir = std::filesystem::temp_directory_path() /
             ("seams-fixture-" + std::to_string(::getpid()) + "-" +
              std::to_string(n++));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "seams.yaml") << yaml;
  Diagnostics diags;
  auto cfg = load_config(dir / "seams.yaml", config_vocabulary(), diags);
  std::filesystem::remove_all(dir);
  INFO((diags.all().empty() ? std::string() : diags.all().front().message));
  REQUIRE(cfg);
  Fixture f;
  f.config = std::make_unique<Config>(std::move(*cfg));
  f.map = std::make_unique<ModuleMap>(*f.config);
  std::vector<std::string>
      mains;  // every .cpp named by a use is a translation unit
  for (const auto& u : uses)
    for (const auto* file : {&u.from, &u.to})
      if (file->ends_with(".cpp")) mains.push_back(*file);
  f.graph = build_graph(uses, *f.map, mains, diags);
  REQUIRE_FALSE(diags.has_errors());
  return f;
}

/// A symbol use from `from` into `to` (line 1, column 1).
inline FileUse sym(const std::string& from, const std::string& to,
                   const std::string& symbol = "x", std::uint32_t line = 1) {
  return {from, line, 1, UseKind::symbol, symbol, to, {}, {}};
}

inline FileUse inc(const std::string& from, const std::string& to,
                   std::uint32_t line = 1) {
  return {from, line, 1, UseKind::include, "\"" + to + "\"", to, {}, {}};
}

}  // namespace seams::test

// What seams writes to a plugin's stdin: one JSON document (protocol 1,
// docs/schema/plugin-input.schema.json) with the project as seams sees it,
// every path relative to the project root:
//   {"protocol": 1, "seams_version": "0.1.0", "plugin": "team-ownership",
//    "config": "seams.yaml", "options": {...}, "layers": [...],
//    "modules": [...], "files": [...], "edges": [...], "findings": [...]}
#pragma once

#include <string>
#include <vector>

#include "config/config.h"
#include "config/module_map.h"
#include "graph/graph.h"
#include "rules/finding.h"

namespace seams {

/// The project a plugin judges.
struct PluginProject {
  const Config& config;
  const ModuleMap& map;
  const ModuleGraph& graph;
  /// Every project file the analysis read, relative to the root, sorted.
  const std::vector<std::string>& files;
  std::string config_display;  // seams.yaml relative to the root
};

/// The input document for plugin `name`: `options` is its `plugin_options:`
/// entry as JSON text (empty: none, sent as null); `findings` the built-in
/// and policy findings, sorted.
std::string plugin_input(const PluginProject& project,
                         const std::vector<Finding>& findings,
                         const std::string& name, const std::string& options);

}  // namespace seams

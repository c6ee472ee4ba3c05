// Folds each module group (seams.yaml `groups:`) into one node of the module
// graph, so a codebase of hundreds of packages reads as a dozen groups:
// `seams graph --fold-groups`. Consumes a ModuleMap and its ModuleGraph;
// produces another pair over the folded nodes.
#pragma once

#include <memory>
#include <vector>

#include "config/config.h"
#include "config/module_map.h"
#include "graph/graph.h"

namespace seams {

/// The folded graph. Its nodes are the groups (named after the group) and the
/// modules in no group; it owns the Config its map points into.
struct FoldedGraph {
  std::unique_ptr<Config> config;
  std::unique_ptr<ModuleMap> map;
  ModuleGraph graph;
  std::vector<ModuleId> node_of;  // original ModuleId -> folded node
};

/// Folds `graph`. An edge between two nodes sums the counts and evidence of
/// the member edges it stands for; an edge inside one group is dropped (the
/// graph has no self edges; the unfolded graph shows it). A group's node has
/// the group's layer, else the layer all its members share, else none.
///   groups: {bsl: {modules: [bsls, bslma]}}; bdlt -> bsls 2 uses, bdlt ->
///   bslma 1 use, bslma -> bsls  ->  nodes bdlt, bsl; edge bdlt -> bsl 3 uses
FoldedGraph fold_groups(const ModuleMap& map, const ModuleGraph& graph);

}  // namespace seams

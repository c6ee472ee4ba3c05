// Folding module groups into single graph nodes (see group_fold.h).
#include "graph/group_fold.h"

#include <algorithm>

namespace seams {
namespace {

// The layer of a group's node: its own, else its members' if they agree.
std::optional<NameRef> group_layer(const GroupConfig& g, const Config& cfg) {
  if (g.layer) return g.layer;
  std::optional<NameRef> shared;
  for (const std::string& name : g.members) {
    const auto index = cfg.find_module(name);
    if (!index) continue;
    const auto& layer = cfg.modules[*index].layer;
    if (!layer) return std::nullopt;
    if (shared && shared->name != layer->name) return std::nullopt;
    if (!shared) shared = layer;
  }
  return shared;
}

std::unique_ptr<Config> folded_config(const Config& cfg) {
  auto out = std::make_unique<Config>();
  out->path = cfg.path;
  out->root = cfg.root;
  out->display_path = cfg.display_path;
  out->layers = cfg.layers;
  out->rules = cfg.rules;
  for (const GroupConfig& g : cfg.groups) {
    ModuleConfig node;
    node.name = g.name;
    node.loc = g.loc;
    node.layer = group_layer(g, cfg);
    out->modules.push_back(std::move(node));
  }
  for (const ModuleConfig& m : cfg.modules) {
    if (m.group) continue;
    ModuleConfig node;
    node.name = m.name;
    node.loc = m.loc;
    node.layer = m.layer;
    node.owners = m.owners;
    out->modules.push_back(std::move(node));
  }
  return out;
}

void fold_edges(const std::vector<ModuleEdge>& edges,
                const std::vector<ModuleId>& node_of, bool declarations,
                ModuleGraph& out) {
  for (const ModuleEdge& e : edges) {
    ModuleEdge folded = e;
    folded.from = node_of[static_cast<std::size_t>(e.from)];
    folded.to = node_of[static_cast<std::size_t>(e.to)];
    if (folded.from == folded.to) continue;
    if (declarations)
      out.add_declaration_edge(std::move(folded));
    else
      out.add_edge(std::move(folded));
  }
}

}  // namespace

FoldedGraph fold_groups(const ModuleMap& map, const ModuleGraph& graph) {
  FoldedGraph f;
  const Config& cfg = map.config();
  f.config = folded_config(cfg);
  f.map = std::make_unique<ModuleMap>(*f.config);
  f.node_of.resize(map.size());
  for (std::size_t i = 0; i < map.size(); ++i) {
    const ModuleConfig& m =
        map.module_config(ModuleId{static_cast<std::uint32_t>(i)});
    // Group names differ from module names (the loader checks), so a folded
    // node is found by either.
    f.node_of[i] = *f.map->find(m.group ? *m.group : m.name);
  }
  f.graph = ModuleGraph(f.map->size());
  fold_edges(graph.edges(), f.node_of, false, f.graph);
  fold_edges(graph.declaration_edges(), f.node_of, true, f.graph);
  return f;
}

}  // namespace seams

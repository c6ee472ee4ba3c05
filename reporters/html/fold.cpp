// The report's "fold groups" view: each module group (seams.yaml `groups:`)
// folded into one node by analyzer/group_fold, as `seams graph --fold-groups`
// draws it, with a view model of its own, so the heatmap and the graph can
// be drawn a second time over the folded nodes. Findings keep their order, so
// their indices into Report::findings still hold.
#include <algorithm>
#include <memory>
#include <vector>

#include "reporters/html/parts.h"

namespace seams::html {
namespace {

// `f` with its modules mapped onto the folded nodes: what the view model
// reads. A pair inside one group has no folded cell, so it keeps no ends; a
// cycle marks every node that holds one of its members.
Finding fold_finding(const Finding& f, const std::vector<ModuleId>& node_of) {
  const auto node = [&](ModuleId id) { return node_of[idx(id)]; };
  // A library (ids after the modules') has no node: the finding keeps its
  // module.
  const auto is_module = [&](ModuleId id) { return idx(id) < node_of.size(); };
  Finding out;
  out.rule = f.rule;
  out.severity = f.severity;
  if (f.from && f.to && is_module(*f.to) && node(*f.from) != node(*f.to)) {
    out.from = node(*f.from);
    out.to = node(*f.to);
  }
  for (ModuleId id : f.modules)
    if (is_module(id)) out.modules.push_back(node(id));
  std::sort(out.modules.begin(), out.modules.end());
  out.modules.erase(std::unique(out.modules.begin(), out.modules.end()),
                    out.modules.end());
  for (ModuleId id : f.cycle) out.cycle.push_back(node(id));
  for (const CycleEdge& c : f.cut)
    if (node(c.from) != node(c.to))
      out.cut.push_back({node(c.from), node(c.to), c.uses});
  return out;
}

}  // namespace

std::unique_ptr<const FoldedView> fold_view(const Report& r) {
  if (r.map->config().groups.empty()) return nullptr;
  auto v = std::make_unique<FoldedView>();
  v->fold = fold_groups(*r.map, *r.graph);
  v->report.map = v->fold.map.get();
  v->report.graph = &v->fold.graph;
  v->report.max_evidence = r.max_evidence;
  for (const Finding& f : r.findings)
    v->report.findings.push_back(fold_finding(f, v->fold.node_of));
  const std::size_t n = v->fold.map->size();
  v->members.resize(n);
  v->is_group.assign(n, false);
  v->internal_uses.assign(n, 0);
  for (std::size_t i = 0; i < v->fold.node_of.size(); ++i) {
    const ModuleId id{static_cast<std::uint32_t>(i)};
    const std::size_t node = idx(v->fold.node_of[i]);
    v->members[node].push_back(id);
    if (r.map->module_config(id).group) v->is_group[node] = true;
  }
  for (const ModuleEdge& e : r.graph->edges())
    if (v->fold.node_of[idx(e.from)] == v->fold.node_of[idx(e.to)])
      v->internal_uses[idx(v->fold.node_of[idx(e.from)])] += e.uses();
  v->model = build_model(v->report);
  return v;
}

}  // namespace seams::html

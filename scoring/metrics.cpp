// Computes the per-module metrics and extraction plans of metrics.h from the
// module graph, the class facts and the interiors the graph does not keep.
#include "scoring/metrics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_set>

namespace seams {
namespace {

// A ratio that is 0 (not NaN) when nothing was counted.
double ratio(double part, double whole) { return whole > 0 ? part / whole : 0; }

void add_edge_counts(const ModuleGraph& graph,
                     std::vector<ModuleMetrics>& out) {
  std::vector<std::set<std::string>> exposed(out.size());
  std::vector<std::set<ModuleId>> neighbours(out.size());
  for (const ModuleEdge& e : graph.edges()) {
    neighbours[idx(e.from)].insert(e.to);
    neighbours[idx(e.to)].insert(e.from);
    ModuleMetrics& from = out[idx(e.from)];
    ModuleMetrics& to = out[idx(e.to)];
    ++from.fan_out;
    ++to.fan_in;
    from.efferent_uses += e.uses();
    to.afferent_uses += e.uses();
    from.weighted_uses += e.weight();
    to.weighted_uses += e.weight();
    for (const Evidence& ev : e.evidence) exposed[idx(e.to)].insert(ev.target);
  }
  for (std::size_t m = 0; m < out.size(); ++m) {
    out[m].exposed_files = static_cast<int>(exposed[m].size());
    out[m].neighbours = static_cast<int>(neighbours[m].size());
  }
}

void add_classes(const ModuleMap& map, const std::vector<ClassFact>& classes,
                 std::vector<ModuleMetrics>& out) {
  // A class defined in a header that several TUs saw may come with more than
  // one fact; count each USR once.
  std::set<std::string> seen;
  Diagnostics ignored;  // ambiguous ownership was reported by build_graph
  for (const ClassFact& c : classes) {
    if (!seen.insert(c.usr).second) continue;
    FileOwner o = map.classify(c.file, looks_like_header(c.file), ignored);
    if (o.cls != FileClass::owned) continue;
    ++out[idx(o.module)].classes;
    if (c.is_abstract) ++out[idx(o.module)].abstract_classes;
  }
}

void add_cycles(const ModuleGraph& graph, std::vector<ModuleMetrics>& out) {
  for (const auto& scc : graph.cycles()) {
    for (ModuleId m : scc) {
      out[idx(m)].in_cycle = true;
      for (ModuleId peer : scc)
        if (peer != m) out[idx(m)].cycle_peers.push_back(peer);
    }
  }
}

}  // namespace

std::vector<ModuleInterior> measure_interiors(
    const std::vector<FileUse>& uses, const std::vector<std::string>& files_rel,
    const std::vector<std::string>& main_files_rel, const ModuleMap& map) {
  const std::unordered_set<std::string_view> mains(main_files_rel.begin(),
                                                   main_files_rel.end());
  Diagnostics ignored;  // ambiguous ownership is build_graph's to report
  auto owner = [&](const std::string& f) {
    return map.classify(f, !mains.contains(f) || looks_like_header(f), ignored);
  };
  std::vector<ModuleInterior> out(map.size());
  for (const std::string& f : files_rel) {
    FileOwner o = owner(f);
    if (o.cls == FileClass::owned) ++out[idx(o.module)].files;
  }
  for (const FileUse& u : uses) {
    FileOwner from = owner(u.from);
    if (from.cls != FileClass::owned) continue;
    FileOwner to = owner(u.to);
    if (to.cls == FileClass::owned && to.module == from.module)
      ++out[idx(from.module)].internal_uses;
  }
  return out;
}

std::vector<ModuleMetrics> compute_metrics(
    const ModuleGraph& graph, const ModuleMap& map,
    const std::vector<ClassFact>& classes,
    const std::vector<ModuleInterior>& interiors) {
  std::vector<ModuleMetrics> out(map.size());
  add_edge_counts(graph, out);
  add_classes(map, classes, out);
  add_cycles(graph, out);
  for (std::size_t m = 0; m < out.size(); ++m) {
    ModuleMetrics& mm = out[m];
    if (m < interiors.size()) {
      mm.files = interiors[m].files;
      mm.internal_uses = interiors[m].internal_uses;
    }
    // A header used by others is a project file even if no TU of the module's
    // own was analyzed; never report more exposed files than files.
    mm.files = std::max(mm.files, mm.exposed_files);
    mm.instability =
        ratio(mm.efferent_uses, mm.afferent_uses + mm.efferent_uses);
    mm.abstractness = ratio(mm.abstract_classes, mm.classes);
    mm.distance = std::abs(mm.abstractness + mm.instability - 1);
    const int own = mm.internal_uses + mm.efferent_uses;
    mm.cohesion = own > 0 ? ratio(mm.internal_uses, own) : 1;
  }
  return out;
}

std::ostream& operator<<(std::ostream& os, const ApiSymbol& a) {
  os << a.symbol << " (" << a.target << "): " << a.uses << " uses by";
  for (ModuleId m : a.used_by) os << ' ' << idx(m);
  return os;
}

std::vector<ApiSymbol> api_surface(const ModuleGraph& graph, ModuleId module) {
  std::map<std::string, ApiSymbol> by_symbol;
  for (const ModuleEdge& e : graph.edges()) {
    if (e.to != module) continue;
    for (const Evidence& ev : e.evidence) {
      if (ev.kind == UseKind::include) continue;
      ApiSymbol& a = by_symbol[ev.symbol];
      if (a.uses == 0) {
        a.symbol = ev.symbol;
        a.target = ev.target;
        a.target_public = ev.target_public;
      }
      a.kind = ev.kind;
      ++a.uses;
      if (std::find(a.used_by.begin(), a.used_by.end(), e.from) ==
          a.used_by.end())
        a.used_by.push_back(e.from);
      a.evidence.push_back(ev);
    }
  }
  std::vector<ApiSymbol> out;
  for (auto& [name, a] : by_symbol) {
    std::sort(a.used_by.begin(), a.used_by.end());
    std::sort(a.evidence.begin(), a.evidence.end());
    out.push_back(std::move(a));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.uses > b.uses;
  });
  return out;
}

std::vector<const ModuleEdge*> outbound_edges(const ModuleGraph& graph,
                                              ModuleId module) {
  std::vector<const ModuleEdge*> out;
  for (const ModuleEdge& e : graph.edges())
    if (e.from == module) out.push_back(&e);
  return out;  // edges() is sorted by (from, to)
}

}  // namespace seams

// Builds the module graph and answers structural questions about it
// (components, a concrete cycle, the lightest cut, levelization). Boost.Graph
// does the graph algorithms.
#include "graph/graph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <deque>
#include <map>
#include <set>
#include <unordered_set>

namespace seams {
namespace {

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

// Component number of every module.
std::vector<int> components(const ModuleGraph& g, int* count) {
  BoostGraph bg(g.module_count());
  for (const auto& e : g.edges()) boost::add_edge(idx(e.from), idx(e.to), bg);
  std::vector<int> comp(g.module_count());
  *count =
      g.module_count() == 0
          ? 0
          : boost::strong_components(
                bg, boost::make_iterator_property_map(
                        comp.begin(), boost::get(boost::vertex_index, bg)));
  return comp;
}

using EdgeList = std::vector<std::pair<ModuleId, ModuleId>>;

bool acyclic(const std::vector<ModuleId>& nodes, const EdgeList& edges) {
  // Kahn's algorithm on the small subgraph.
  std::map<ModuleId, int> indegree;
  for (ModuleId n : nodes) indegree[n] = 0;
  for (const auto& [a, b] : edges) ++indegree[b];
  std::deque<ModuleId> ready;
  for (const auto& [n, d] : indegree)
    if (d == 0) ready.push_back(n);
  std::size_t seen = 0;
  while (!ready.empty()) {
    ModuleId n = ready.front();
    ready.pop_front();
    ++seen;
    for (const auto& [a, b] : edges)
      if (a == n && --indegree[b] == 0) ready.push_back(b);
  }
  return seen == nodes.size();
}

}  // namespace

int ModuleEdge::uses() const {
  int n = 0;
  for (int c : counts) n += c;
  return n;
}

double ModuleEdge::weight() const {
  double w = 0;
  for (std::size_t k = 0; k < kEdgeKindCount; ++k)
    w += kUseWeight[k] * counts[k];
  return w;
}

std::ostream& operator<<(std::ostream& os, const Evidence& e) {
  return os << e.file << ':' << e.line << ':' << e.column << ' '
            << to_string(e.kind) << ' ' << e.symbol << " -> " << e.target;
}

namespace {

const ModuleEdge* find_edge(const std::vector<ModuleEdge>& edges, ModuleId from,
                            ModuleId to) {
  auto it = std::lower_bound(
      edges.begin(), edges.end(), std::pair{from, to},
      [](const ModuleEdge& e, const std::pair<ModuleId, ModuleId>& k) {
        return std::pair{e.from, e.to} < k;
      });
  return it != edges.end() && it->from == from && it->to == to ? &*it : nullptr;
}

void insert_edge(std::vector<ModuleEdge>& edges, ModuleEdge edge) {
  auto it = std::lower_bound(
      edges.begin(), edges.end(), edge, [](const auto& a, const auto& b) {
        return std::pair{a.from, a.to} < std::pair{b.from, b.to};
      });
  if (it != edges.end() && it->from == edge.from && it->to == edge.to) {
    for (std::size_t k = 0; k < kEdgeKindCount; ++k)
      it->counts[k] += edge.counts[k];
    it->evidence.insert(it->evidence.end(), edge.evidence.begin(),
                        edge.evidence.end());
    std::sort(it->evidence.begin(), it->evidence.end());
    return;
  }
  edges.insert(it, std::move(edge));
}

}  // namespace

const ModuleEdge* ModuleGraph::edge(ModuleId from, ModuleId to) const {
  return find_edge(edges_, from, to);
}

void ModuleGraph::add_edge(ModuleEdge edge) {
  insert_edge(edges_, std::move(edge));
}

const ModuleEdge* ModuleGraph::declaration_edge(ModuleId from,
                                                ModuleId to) const {
  return find_edge(declaration_edges_, from, to);
}

void ModuleGraph::add_declaration_edge(ModuleEdge edge) {
  insert_edge(declaration_edges_, std::move(edge));
}

const ModuleEdge* ModuleGraph::library_edge(ModuleId from, ModuleId to) const {
  return find_edge(library_edges_, from, to);
}

void ModuleGraph::add_library_edge(ModuleEdge edge) {
  insert_edge(library_edges_, std::move(edge));
}

std::vector<std::vector<ModuleId>> ModuleGraph::cycles() const {
  int count = 0;
  std::vector<int> comp = components(*this, &count);
  std::vector<std::vector<ModuleId>> groups(count);
  for (std::size_t m = 0; m < comp.size(); ++m)
    groups[comp[m]].push_back(ModuleId{static_cast<std::uint32_t>(m)});
  std::vector<std::vector<ModuleId>> out;
  for (auto& g : groups)
    if (g.size() >= 2) out.push_back(std::move(g));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<ModuleId> ModuleGraph::cycle_path(
    const std::vector<ModuleId>& scc) const {
  if (scc.empty()) return {};
  const std::set<ModuleId> members(scc.begin(), scc.end());
  const ModuleId start = scc.front();
  // Breadth-first search inside the component for the shortest way back to
  // `start`; edges are visited in sorted order, so the answer is deterministic.
  std::map<ModuleId, ModuleId> parent;
  std::deque<ModuleId> queue{start};
  while (!queue.empty()) {
    ModuleId cur = queue.front();
    queue.pop_front();
    for (const auto& e : edges_) {
      if (e.from != cur || !members.contains(e.to)) continue;
      if (e.to == start) {
        std::vector<ModuleId> path{start};
        for (ModuleId m = cur; m != start; m = parent[m])
          path.insert(path.begin() + 1, m);
        path.push_back(start);
        return path;
      }
      if (!parent.contains(e.to)) {
        parent[e.to] = cur;
        queue.push_back(e.to);
      }
    }
  }
  return {};
}

std::vector<std::pair<ModuleId, ModuleId>> ModuleGraph::lightest_cut(
    const std::vector<ModuleId>& scc) const {
  const std::set<ModuleId> members(scc.begin(), scc.end());
  std::vector<const ModuleEdge*> inner;
  for (const auto& e : edges_)
    if (members.contains(e.from) && members.contains(e.to)) inner.push_back(&e);
  auto without = [&](const std::vector<bool>& removed) {
    EdgeList kept;
    for (std::size_t i = 0; i < inner.size(); ++i)
      if (!removed[i]) kept.emplace_back(inner[i]->from, inner[i]->to);
    return kept;
  };
  std::vector<bool> best;
  if (inner.size() <= 16) {
    // Exact: the cheapest subset (then the smallest, then the first in edge
    // order).
    long best_cost = -1;
    int best_count = 0;
    for (std::uint32_t mask = 1; mask < (1u << inner.size()); ++mask) {
      std::vector<bool> removed(inner.size());
      long cost = 0;
      for (std::size_t i = 0; i < inner.size(); ++i)
        if (mask >> i & 1u) removed[i] = true, cost += inner[i]->uses();
      int n = std::popcount(mask);
      if (best_cost >= 0 &&
          (cost > best_cost || (cost == best_cost && n >= best_count)))
        continue;
      if (!acyclic(scc, without(removed))) continue;
      best = removed, best_cost = cost, best_count = n;
    }
  } else {
    // Greedy: drop the lightest remaining edge until acyclic, then put back
    // what is not needed.
    std::vector<std::size_t> order(inner.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
      return inner[a]->uses() < inner[b]->uses();
    });
    best.assign(inner.size(), false);
    for (std::size_t i : order) {
      if (acyclic(scc, without(best))) break;
      best[i] = true;
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      if (!best[*it]) continue;
      best[*it] = false;
      if (!acyclic(scc, without(best))) best[*it] = true;
    }
  }
  std::vector<std::pair<ModuleId, ModuleId>> cut;
  for (std::size_t i = 0; i < best.size(); ++i)
    if (best[i]) cut.emplace_back(inner[i]->from, inner[i]->to);
  return cut;
}

std::vector<int> ModuleGraph::levels() const {
  // Level of a module = 1 + the highest level among the components it depends
  // on; modules of one component share a level.
  int count = 0;
  std::vector<int> comp = components(*this, &count);
  std::vector<int> level(count, -1);
  std::vector<std::set<int>> deps(count);
  for (const auto& e : edges_)
    if (comp[idx(e.from)] != comp[idx(e.to)])
      deps[comp[idx(e.from)]].insert(comp[idx(e.to)]);
  // Boost numbers components in reverse topological order: dependencies get
  // lower numbers.
  for (int c = 0; c < count; ++c) {
    int l = 0;
    for (int d : deps[c]) l = std::max(l, level[d] + 1);
    level[c] = l;
  }
  std::vector<int> out(module_count_);
  for (std::size_t m = 0; m < module_count_; ++m) out[m] = level[comp[m]];
  return out;
}

std::vector<ModuleId> ModuleGraph::levelized_order() const {
  // By level, then by component, so the modules of a cycle stay together; ties
  // are broken by id, so the order is deterministic.
  int count = 0;
  std::vector<int> comp = components(*this, &count);
  const std::vector<int> level = levels();
  std::vector<ModuleId> order;
  for (std::size_t m = 0; m < module_count_; ++m)
    order.push_back(ModuleId{static_cast<std::uint32_t>(m)});
  std::stable_sort(order.begin(), order.end(), [&](ModuleId a, ModuleId b) {
    return std::pair{level[idx(a)], comp[idx(a)]} <
           std::pair{level[idx(b)], comp[idx(b)]};
  });
  return order;
}

ModuleGraph build_graph(const std::vector<FileUse>& uses, const ModuleMap& map,
                        const std::vector<std::string>& main_files_rel,
                        Diagnostics& diags,
                        bool declarations_are_dependencies) {
  const std::unordered_set<std::string_view> mains(main_files_rel.begin(),
                                                   main_files_rel.end());
  auto owner = [&](const std::string& f) {
    return map.classify(f, !mains.contains(f) || looks_like_header(f), diags);
  };
  using Edges = std::map<std::pair<ModuleId, ModuleId>, ModuleEdge>;
  Edges edges, declaration_edges, library_edges;
  for (FileUse u : uses) {
    FileOwner from = owner(u.from);
    if (from.cls != FileClass::owned) continue;
    bool weak = false;
    if (u.kind == UseKind::declaration) {
      // Declared in another module's file: the file depends on that
      // declaration, as on any other name of that file.
      FileOwner decl = owner(u.declared_in);
      FileOwner def = owner(u.to);
      if (def.cls == FileClass::owned && def.module == from.module)
        continue;  // the module's own class, whoever forward-declares it
      if (decl.cls != FileClass::owned || decl.module != from.module) {
        u.kind = UseKind::symbol;
        u.to = u.declared_in;
      } else {
        weak = !declarations_are_dependencies;
      }
    }
    FileOwner to = owner(u.to);
    if (to.cls == FileClass::library) {
      if (u.kind == UseKind::declaration) u.kind = UseKind::symbol;
      weak = false;
    } else if (to.cls != FileClass::owned || from.module == to.module) {
      continue;
    }
    ModuleEdge& e = (to.cls == FileClass::library ? library_edges
                     : weak                       ? declaration_edges
                            : edges)[{from.module, to.module}];
    e.from = from.module;
    e.to = to.module;
    e.add(u.kind);
    // Naming a type reads none of its file: a forward-declared name is never
    // a private access, also when it counts as a dependency.
    e.evidence.push_back({u.from, u.line, u.column, u.kind, u.symbol, u.to,
                          u.context,
                          to.is_public || u.kind == UseKind::declaration});
  }
  ModuleGraph g(map.size());
  for (auto& [key, e] : edges) {
    std::sort(e.evidence.begin(), e.evidence.end());
    g.add_edge(std::move(e));
  }
  for (auto& [key, e] : declaration_edges) {
    std::sort(e.evidence.begin(), e.evidence.end());
    g.add_declaration_edge(std::move(e));
  }
  for (auto& [key, e] : library_edges) {
    std::sort(e.evidence.begin(), e.evidence.end());
    g.add_library_edge(std::move(e));
  }
  return g;
}

FileCensus take_census(const std::vector<std::string>& files_rel,
                       const ModuleMap& map,
                       const std::vector<std::string>& main_files_rel,
                       Diagnostics& diags) {
  const std::unordered_set<std::string_view> mains(main_files_rel.begin(),
                                                   main_files_rel.end());
  FileCensus census;
  for (const auto& f : files_rel) {
    FileOwner o =
        map.classify(f, !mains.contains(f) || looks_like_header(f), diags);
    switch (o.cls) {
      case FileClass::external:
        break;
      case FileClass::library:
        ++census.library;
        break;
      case FileClass::excluded:
        ++census.excluded;
        break;
      case FileClass::unowned:
        census.unowned.push_back(f);
        break;
      case FileClass::owned:
        ++census.owned;
        break;
    }
  }
  std::sort(census.unowned.begin(), census.unowned.end());
  return census;
}

}  // namespace seams

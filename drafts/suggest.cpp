// Implements suggest.h.
#include "drafts/suggest.h"

#include <fmt/format.h>

#include <algorithm>
#include <random>
#include <set>

#include "base/text.h"
#include "config/module_map.h"
#include "drafts/observed.h"
#include "drafts/tree_draft.h"
#include "scoring/git_history.h"

namespace seams {
namespace {

std::string parent_of(const std::string& rel) {
  const auto slash = rel.rfind('/');
  return slash == std::string::npos ? "." : rel.substr(0, slash);
}

// "src/net/socket.h" -> "src/net/socket" (up to the first dot of the name).
std::string stem_key(const std::string& rel) {
  const auto slash = rel.rfind('/');
  const std::size_t start = slash == std::string::npos ? 0 : slash + 1;
  const auto dot = rel.find('.', start + 1);
  return dot == std::string::npos ? rel : rel.substr(0, dot);
}

// "src/net/socket.cpp" -> "socket".
std::string file_stem(const std::string& rel) {
  const std::string key = stem_key(rel);
  const auto slash = key.rfind('/');
  return slash == std::string::npos ? key : key.substr(slash + 1);
}

bool below(const std::string& key, const std::string& dir) {
  return dir == "." || key.starts_with(dir + "/");
}

std::string last_segment(const std::string& key) {
  if (key == ".") return "root";
  const auto slash = key.rfind('/');
  return slash == std::string::npos ? key : key.substr(slash + 1);
}

}  // namespace

std::vector<std::vector<std::string>> history_commits(
    const std::string& root, const ScoringOptions& scoring, std::string& note) {
  HistoryOptions o;
  o.window_days = scoring.churn_window_days;
  o.max_commits = scoring.max_commits;
  GitHistory h = read_git_history(root, o);
  std::vector<std::vector<std::string>> out;
  if (!h.available) {
    note = h.note;
    return out;
  }
  for (Commit& c : h.commits) out.push_back(std::move(c.files));
  return out;
}

SuggestGraph suggest_graph(
    const std::vector<std::string>& files, const std::vector<FileUse>& uses,
    const std::vector<std::vector<std::string>>& commits,
    const std::map<std::string, std::vector<std::string>>& owners,
    bool split_folders, const SuggestSignals& signals) {
  SuggestGraph g;
  g.stems = split_folders;
  auto unit_of = [&](const std::string& f) {
    return split_folders ? stem_key(f) : parent_of(f);
  };
  // Units, joined where a source includes its own header (same name up to
  // the extension) from another unit.
  std::map<std::string, std::string> parent;  // union-find over units
  for (const std::string& f : files) parent.emplace(unit_of(f), unit_of(f));
  auto find = [&](std::string u) {
    while (parent.at(u) != u) u = parent.at(u) = parent.at(parent.at(u));
    return u;
  };
  const std::set<std::string> known(files.begin(), files.end());
  for (const FileUse& u : uses) {
    if (u.kind != UseKind::include || !known.count(u.from) ||
        !known.count(u.to) || looks_like_header(u.from) ||
        !looks_like_header(u.to) || file_stem(u.from) != file_stem(u.to))
      continue;
    const std::string a = find(unit_of(u.from)), b = find(unit_of(u.to));
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  std::map<std::string, SuggestGraph::Node> by_root;
  for (const std::string& f : files) {
    SuggestGraph::Node& n = by_root[find(unit_of(f))];
    n.files.push_back(f);
    n.units.push_back(unit_of(f));
  }
  std::map<std::string, std::size_t> node_of;
  for (auto& [root, n] : by_root) {
    std::sort(n.files.begin(), n.files.end());
    std::sort(n.units.begin(), n.units.end());
    n.units.erase(std::unique(n.units.begin(), n.units.end()), n.units.end());
    n.key = n.units.front();
    for (const std::string& f : n.files) node_of[f] = g.nodes.size();
    g.nodes.push_back(std::move(n));
  }
  if (signals.uses)
    for (const FileUse& u : uses) {
      auto a = node_of.find(u.from), b = node_of.find(u.to);
      if (a == node_of.end() || b == node_of.end()) continue;
      const double w = kUseWeight[edge_slot(u.kind)];
      g.total_uses += w;
      if (a->second != b->second)
        g.uses[{a->second, b->second}] += w;
      else
        g.inner_uses[a->second] += w;
    }
  if (signals.co_change)
    for (const std::vector<std::string>& c : commits) {
      if (c.size() > signals.max_commit_files) continue;
      std::set<std::size_t> touched;
      for (const std::string& f : c)
        if (auto it = node_of.find(f); it != node_of.end())
          touched.insert(it->second);
      if (touched.size() < 2) continue;
      ++g.commits_used;
      const double w = 1.0 / static_cast<double>(touched.size() - 1);
      for (auto a = touched.begin(); a != touched.end(); ++a)
        for (auto b = std::next(a); b != touched.end(); ++b)
          g.co_change[{*a, *b}] += w;
    }
  if (signals.owners) {
    std::map<std::string, std::set<std::size_t>> held;  // owner -> nodes
    for (const auto& [file, who] : owners)
      if (auto it = node_of.find(file); it != node_of.end())
        for (const std::string& o : who) held[o].insert(it->second);
    for (const auto& [o, nodes] : held) {
      if (nodes.size() < 2) continue;
      const double w = 1.0 / static_cast<double>(nodes.size() - 1);
      for (auto a = nodes.begin(); a != nodes.end(); ++a)
        for (auto b = std::next(a); b != nodes.end(); ++b)
          g.owners[{*a, *b}] += w;
    }
  }
  // Uses weigh 1 in all (the uses inside a node as its self loop, which
  // holds it together); co-change weighs commits / (commits + 50) in all: as
  // much as the uses once the history is long, little while a few commits
  // that touch everything would only blur it. Either alone weighs 1.
  std::map<std::pair<std::size_t, std::size_t>, double> u, combined;
  double u_total = 0, c_total = 0;
  for (const auto& [ab, w] : g.uses) {
    u[{std::min(ab.first, ab.second), std::max(ab.first, ab.second)}] += w;
    u_total += w;
  }
  for (const auto& [a, w] : g.inner_uses) {
    u[{a, a}] += w;
    u_total += w;
  }
  for (const auto& [ab, w] : g.co_change) c_total += w;
  const double history = static_cast<double>(g.commits_used);
  const double c_weight =
      u_total > 0 ? kCoChangeShare * history / (history + kCoChangeCommits)
                  : 1.0;
  for (const auto& [ab, w] : u) combined[ab] += w / u_total;
  for (const auto& [ab, w] : g.co_change)
    combined[ab] += c_weight * w / c_total;
  double o_total = 0;
  for (const auto& [ab, w] : g.owners) o_total += w;
  for (const auto& [ab, w] : g.owners)
    combined[ab] += (u_total + c_total > 0 ? kOwnersWeight : 1.0) * w / o_total;
  g.weighted.nodes = g.nodes.size();
  for (const auto& [ab, w] : combined)
    g.weighted.edges.emplace_back(ab.first, ab.second, w);
  return g;
}

Partition partition_from(const SuggestGraph& g, std::vector<int> community) {
  Partition p;
  p.count = community.empty()
                ? 0
                : *std::max_element(community.begin(), community.end()) + 1;
  p.modularity = modularity(g.weighted, community, 1.0);
  double crossing = 0;
  for (const auto& [ab, w] : g.uses)
    if (community[ab.first] != community[ab.second]) crossing += w;
  p.crossing_share = g.total_uses > 0 ? crossing / g.total_uses : 0.0;
  p.community = std::move(community);
  return p;
}

Partition suggest_partition(const SuggestGraph& g, double resolution,
                            std::uint64_t seed) {
  // Louvain's result depends on the node order; the best of several orders
  // (by modularity at this resolution) depends on it much less, so two seeds
  // agree (bench/suggest). The orders come from the seed.
  std::mt19937_64 rng(seed);
  std::vector<int> best;
  double best_q = 0;
  for (int run = 0; run < kLouvainRuns; ++run) {
    std::vector<int> c = louvain(g.weighted, resolution, rng());
    const double q = modularity(g.weighted, c, resolution);
    if (best.empty() || q > best_q + 1e-12) {
      best = std::move(c);
      best_q = q;
    }
  }
  return partition_from(g, std::move(best));
}

DraftConfig suggestion_draft(const SuggestGraph& g, const Partition& p,
                             const std::vector<std::string>& current,
                             std::vector<std::string>& names) {
  const std::size_t k = static_cast<std::size_t>(p.count);
  std::vector<std::vector<std::size_t>> members(k);
  for (std::size_t i = 0; i < g.nodes.size(); ++i)
    members[static_cast<std::size_t>(p.community[i])].push_back(i);
  const bool stems = g.stems;
  // Names: the current module sharing the most files with a community,
  // largest shares first, each name once; else the folder of its largest
  // node.
  names.assign(k, "");
  std::vector<std::tuple<std::size_t, std::size_t, std::string>> claims;
  for (std::size_t c = 0; c < k; ++c) {
    std::map<std::string, std::size_t> overlap;
    for (const std::size_t i : members[c])
      if (!current.empty() && !current[i].empty())
        overlap[current[i]] += g.nodes[i].files.size();
    for (const auto& [m, n] : overlap) claims.emplace_back(n, c, m);
  }
  std::sort(claims.begin(), claims.end(), [](const auto& a, const auto& b) {
    if (std::get<0>(a) != std::get<0>(b))
      return std::get<0>(a) > std::get<0>(b);
    return std::tie(std::get<1>(a), std::get<2>(a)) <
           std::tie(std::get<1>(b), std::get<2>(b));
  });
  std::set<std::string> taken;
  for (const auto& [n, c, name] : claims)
    if (names[c].empty() && !taken.count(name)) {
      names[c] = name;
      taken.insert(name);
    }
  for (std::size_t c = 0; c < k; ++c) {
    if (!names[c].empty()) continue;
    std::size_t heaviest = members[c].front();
    for (const std::size_t i : members[c])
      if (g.nodes[i].files.size() > g.nodes[heaviest].files.size())
        heaviest = i;
    const std::string& key = g.nodes[heaviest].key;
    const std::string base =
        module_name_from(last_segment(stems ? parent_of(key) : key));
    std::string name = base;
    for (int n = 2; taken.count(name); ++n)
      name = fmt::format("{}_{}", base, n);
    taken.insert(name);
    names[c] = name;
  }
  // Paths: a folder whose whole subtree is the module's as DIR/**, else DIR/*;
  // a stem as DIR/STEM.*.
  DraftConfig d;
  // Every unit with its community, for the subtree test.
  std::vector<std::pair<std::string, int>> units;
  for (std::size_t i = 0; i < g.nodes.size(); ++i)
    for (const std::string& u : g.nodes[i].units)
      units.emplace_back(u, p.community[i]);
  std::sort(units.begin(), units.end());
  for (std::size_t c = 0; c < k; ++c) {
    DraftModule m;
    m.name = names[c];
    std::vector<std::string> covered;
    for (const auto& [unit, comm] : units) {
      if (comm != static_cast<int>(c)) continue;
      if (std::any_of(covered.begin(), covered.end(),
                      [&](const std::string& dir) { return below(unit, dir); }))
        continue;
      if (stems) {
        m.paths.push_back(unit + ".*");
        continue;
      }
      const bool whole =
          std::none_of(units.begin(), units.end(), [&](const auto& other) {
            return below(other.first, unit) && other.second != comm;
          });
      if (whole) {
        m.paths.push_back(unit == "." ? "**" : unit + "/**");
        covered.push_back(unit);
      } else {
        m.paths.push_back(unit == "." ? "*" : unit + "/*");
      }
    }
    std::size_t files = 0;
    for (const std::size_t i : members[c]) files += g.nodes[i].files.size();
    std::size_t unit_count = 0;
    for (const std::size_t i : members[c])
      unit_count += g.nodes[i].units.size();
    m.notes.push_back(fmt::format("{}, {}",
                                  stems
                                      ? plural(unit_count, "stem", "stems")
                                      : plural(unit_count, "folder", "folders"),
                                  plural(files, "file", "files")));
    d.modules.push_back(std::move(m));
  }
  // depends_on and layers from the uses between communities.
  ModuleGraph graph(k);
  for (const auto& [ab, w] : g.uses) {
    const auto a = static_cast<std::uint32_t>(p.community[ab.first]);
    const auto b = static_cast<std::uint32_t>(p.community[ab.second]);
    if (a == b) continue;
    ModuleEdge e;
    e.from = ModuleId{a};
    e.to = ModuleId{b};
    e.add(UseKind::symbol);
    graph.add_edge(std::move(e));
  }
  depend_on_observed(d, names, graph);
  layer_by_levels(d, names, graph);
  std::sort(d.modules.begin(), d.modules.end(),
            [](const DraftModule& a, const DraftModule& b) {
              return a.name < b.name;
            });
  return d;
}

std::vector<Move> largest_moves(const SuggestGraph& g, const Partition& p,
                                const std::vector<std::string>& names,
                                const std::vector<std::string>& current,
                                std::size_t limit) {
  std::vector<Move> out;
  if (current.empty()) return out;
  std::vector<double> with_own(g.nodes.size(), 0), total(g.nodes.size(), 0);
  for (const auto& [ab, w] : g.uses) {
    for (const std::size_t i : {ab.first, ab.second}) total[i] += w;
    if (p.community[ab.first] == p.community[ab.second]) {
      with_own[ab.first] += w;
      with_own[ab.second] += w;
    }
  }
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const std::string& to = names[static_cast<std::size_t>(p.community[i])];
    if (current[i].empty() || current[i] == to) continue;
    out.push_back({g.nodes[i].key, current[i], to, with_own[i], total[i]});
  }
  std::sort(out.begin(), out.end(), [](const Move& a, const Move& b) {
    return a.total != b.total ? a.total > b.total : a.node < b.node;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace seams

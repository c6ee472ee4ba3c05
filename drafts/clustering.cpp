// Implements clustering.h.
#include "drafts/clustering.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

namespace seams {
namespace {

// A symmetric weighted adjacency: `self[i]` is A_ii (an aggregated node's
// internal weight, counted from both ends), `adj[i]` the other neighbours.
struct Level {
  std::vector<std::vector<std::pair<std::size_t, double>>> adj;
  std::vector<double> self;
  std::vector<double> degree;  // k_i = self + sum of adj
};

Level from_graph(const WeightedGraph& g) {
  Level l;
  l.adj.resize(g.nodes);
  l.self.assign(g.nodes, 0.0);
  std::vector<std::map<std::size_t, double>> merged(g.nodes);
  for (const auto& [a, b, w] : g.edges) {
    if (a == b) {
      l.self[a] += 2 * w;
    } else {
      merged[a][b] += w;
      merged[b][a] += w;
    }
  }
  for (std::size_t i = 0; i < g.nodes; ++i)
    l.adj[i].assign(merged[i].begin(), merged[i].end());
  l.degree.assign(g.nodes, 0.0);
  for (std::size_t i = 0; i < g.nodes; ++i) {
    l.degree[i] = l.self[i];
    for (const auto& [j, w] : l.adj[i]) l.degree[i] += w;
  }
  return l;
}

// A Fisher-Yates shuffle on mt19937_64's raw output: std::shuffle and the
// standard distributions differ between library implementations, the engine
// does not.
void shuffle(std::vector<std::size_t>& v, std::mt19937_64& rng) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng() % i]);
}

// Moves nodes between communities while modularity grows; returns whether
// any node moved.
bool local_moving(const Level& l, double m2, double resolution,
                  std::vector<std::size_t>& comm, std::mt19937_64& rng) {
  const std::size_t n = l.adj.size();
  std::vector<double> total(n, 0.0);  // sum of degrees per community
  for (std::size_t i = 0; i < n; ++i) total[comm[i]] += l.degree[i];
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  shuffle(order, rng);
  std::vector<double> to(n, 0.0);  // weight from the node to each community
  std::vector<std::size_t> touched;
  bool moved_any = false;
  for (bool moved = true; moved;) {
    moved = false;
    for (const std::size_t i : order) {
      const std::size_t own = comm[i];
      touched.clear();
      for (const auto& [j, w] : l.adj[i]) {
        if (to[comm[j]] == 0.0) touched.push_back(comm[j]);
        to[comm[j]] += w;
      }
      total[own] -= l.degree[i];
      const double k = l.degree[i];
      // The gain of joining c, up to terms equal for every c.
      auto gain = [&](std::size_t c) {
        return to[c] - resolution * total[c] * k / m2;
      };
      std::size_t best = own;
      double best_gain = gain(own);
      std::sort(touched.begin(), touched.end());  // ties: the lowest id
      for (const std::size_t c : touched)
        if (gain(c) > best_gain + 1e-12) {
          best = c;
          best_gain = gain(c);
        }
      total[best] += k;
      for (const std::size_t c : touched) to[c] = 0.0;
      to[own] = 0.0;
      if (best != own) {
        comm[i] = best;
        moved = moved_any = true;
      }
    }
  }
  return moved_any;
}

// Numbers communities 0.. in the order of their first node.
std::size_t renumber(std::vector<std::size_t>& comm) {
  std::map<std::size_t, std::size_t> ids;
  for (std::size_t& c : comm) {
    auto [it, fresh] = ids.emplace(c, ids.size());
    c = it->second;
  }
  return ids.size();
}

Level aggregate(const Level& l, const std::vector<std::size_t>& comm,
                std::size_t count) {
  Level out;
  out.adj.resize(count);
  out.self.assign(count, 0.0);
  out.degree.assign(count, 0.0);
  std::vector<std::map<std::size_t, double>> merged(count);
  for (std::size_t i = 0; i < l.adj.size(); ++i) {
    out.self[comm[i]] += l.self[i];
    out.degree[comm[i]] += l.degree[i];
    for (const auto& [j, w] : l.adj[i]) {
      if (comm[i] == comm[j])
        out.self[comm[i]] += w;  // each internal edge is seen from both ends
      else
        merged[comm[i]][comm[j]] += w;
    }
  }
  for (std::size_t c = 0; c < count; ++c)
    out.adj[c].assign(merged[c].begin(), merged[c].end());
  return out;
}

}  // namespace

double modularity(const WeightedGraph& g, const std::vector<int>& community,
                  double resolution) {
  const Level l = from_graph(g);
  const double m2 = std::accumulate(l.degree.begin(), l.degree.end(), 0.0);
  if (m2 == 0.0) return 0.0;
  std::map<int, double> inside, total;
  for (std::size_t i = 0; i < g.nodes; ++i) {
    inside[community[i]] += l.self[i];
    total[community[i]] += l.degree[i];
    for (const auto& [j, w] : l.adj[i])
      if (community[i] == community[j]) inside[community[i]] += w;
  }
  double q = 0.0;
  for (const auto& [c, in] : inside)
    q += in / m2 - resolution * (total[c] / m2) * (total[c] / m2);
  return q;
}

std::vector<int> louvain(const WeightedGraph& g, double resolution,
                         std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  Level level = from_graph(g);
  const double m2 =
      std::accumulate(level.degree.begin(), level.degree.end(), 0.0);
  std::vector<std::size_t> of_node(g.nodes);  // original node -> community
  std::iota(of_node.begin(), of_node.end(), 0);
  if (m2 > 0.0) {
    while (true) {
      std::vector<std::size_t> comm(level.adj.size());
      std::iota(comm.begin(), comm.end(), 0);
      if (!local_moving(level, m2, resolution, comm, rng)) break;
      const std::size_t count = renumber(comm);
      for (std::size_t& c : of_node) c = comm[c];
      if (count == level.adj.size()) break;
      level = aggregate(level, comm, count);
    }
  }
  // Split communities that are not connected (Louvain can leave a community
  // held together only by a node that moved away).
  std::vector<std::size_t> parent(g.nodes);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const auto& [a, b, w] : g.edges)
    if (w > 0 && of_node[a] == of_node[b])
      parent[std::max(find(a), find(b))] = std::min(find(a), find(b));
  std::vector<std::size_t> final_comm(g.nodes);
  for (std::size_t i = 0; i < g.nodes; ++i) final_comm[i] = find(i);
  renumber(final_comm);
  return std::vector<int>(final_comm.begin(), final_comm.end());
}

}  // namespace seams

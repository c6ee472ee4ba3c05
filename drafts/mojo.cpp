// Implements mojo.h with Wen and Tzerpos' exact algorithm: every cluster of A
// goes to a group named by a cluster of B it shares the most objects with
// (moves: its other objects); a maximum bipartite matching between A's
// clusters and those groups makes as many groups non-empty as possible
// (joins: the clusters of A beyond one per group).
#include "drafts/mojo.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/max_cardinality_matching.hpp>
#include <map>

namespace seams {
namespace {

// Clusters numbered 0..: one vector per cluster of `a`, counting objects per
// cluster of `b`.
struct Tags {
  std::vector<std::map<int, std::size_t>> per_a;  // b cluster id -> objects
  std::size_t b_clusters = 0;
  std::map<int, int> b_id;
};

Tags tag(const std::vector<int>& a, const std::vector<int>& b) {
  Tags t;
  std::map<int, int> a_id;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto [ai, fresh_a] = a_id.emplace(a[i], static_cast<int>(a_id.size()));
    auto [bi, fresh_b] = t.b_id.emplace(b[i], static_cast<int>(t.b_id.size()));
    if (fresh_a) t.per_a.emplace_back();
    ++t.per_a[static_cast<std::size_t>(ai->second)][bi->second];
  }
  t.b_clusters = t.b_id.size();
  return t;
}

}  // namespace

std::size_t mojo_distance(const std::vector<int>& a,
                          const std::vector<int>& b) {
  const Tags t = tag(a, b);
  const std::size_t l = t.per_a.size();
  using Graph =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Graph g(l + t.b_clusters);
  std::size_t moves = 0;
  for (std::size_t i = 0; i < l; ++i) {
    std::size_t total = 0, best = 0;
    for (const auto& [bc, n] : t.per_a[i]) {
      total += n;
      best = std::max(best, n);
    }
    moves += total - best;
    for (const auto& [bc, n] : t.per_a[i])
      if (n == best) boost::add_edge(i, l + static_cast<std::size_t>(bc), g);
  }
  std::vector<boost::graph_traits<Graph>::vertex_descriptor> mate(l +
                                                                  t.b_clusters);
  boost::edmonds_maximum_cardinality_matching(g, &mate[0]);
  const std::size_t groups = boost::matching_size(g, &mate[0]);
  return moves + l - groups;
}

double mojofm(const std::vector<int>& a, const std::vector<int>& b) {
  if (a.size() < 2) return 100.0;
  // max over A' of mno(A', B) = n - g, g the most groups B's cluster sizes
  // allow: with sizes ascending, each cluster adds a group while it is
  // larger than the groups so far (Wen and Tzerpos).
  std::map<int, std::size_t> sizes;
  for (const int c : b) ++sizes[c];
  std::vector<std::size_t> ascending;
  for (const auto& [c, n] : sizes) ascending.push_back(n);
  std::sort(ascending.begin(), ascending.end());
  std::size_t g = 0;
  for (const std::size_t n : ascending)
    if (g < n) ++g;
  const std::size_t max = a.size() - g;
  if (max == 0) return 100.0;
  return (1.0 -
          static_cast<double>(mojo_distance(a, b)) / static_cast<double>(max)) *
         100.0;
}

}  // namespace seams

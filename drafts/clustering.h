// Community detection for `seams suggest`: Louvain modularity optimisation
// (Blondel et al. 2008) with a resolution parameter, made deterministic by a
// seeded node order, and followed by the one repair Leiden (Traag et al. 2019)
// showed Louvain needs: a community that is not connected is split into its
// connected parts.
#pragma once

#include <cstdint>
#include <tuple>
#include <vector>

namespace seams {

/// An undirected weighted graph over nodes 0..n-1; parallel edges add up,
/// self loops are allowed, weights must be positive.
struct WeightedGraph {
  std::size_t nodes = 0;
  std::vector<std::tuple<std::size_t, std::size_t, double>> edges;
};

/// Modularity of a partition (community per node) at `resolution` (1 =
/// Newman's): Q = 1/2m * sum_ij [A_ij - resolution * k_i k_j / 2m]
/// delta(c_i, c_j). 0 for a graph without edges.
double modularity(const WeightedGraph& g, const std::vector<int>& community,
                  double resolution = 1.0);

/// A partition with high modularity at `resolution` (greater: more, smaller
/// communities). Communities are numbered 0.. in the order of their first
/// node; every community is connected; an isolated node is its own
/// community. The same graph, resolution and seed give the same partition.
std::vector<int> louvain(const WeightedGraph& g, double resolution,
                         std::uint64_t seed);

}  // namespace seams

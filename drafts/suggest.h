// `seams suggest`: module boundaries proposed from the code. Nodes are folders
// (with `split_folders`, files of one stem; either way a header stays with its
// source), edges the symbol, include and macro uses between them plus how often
// git saw them change together; communities by modularity (clustering.h).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "analyzer/link.h"
#include "drafts/clustering.h"
#include "drafts/draft_config.h"
#include "graph/graph.h"
#include "scoring/scoring.h"

namespace seams {

/// Co-change weighs kCoChangeShare * commits / (commits + kCoChangeCommits)
/// next to the uses' 1: at most half as much, reached as the history grows.
/// More made the suggestion follow the window of history it was run on
/// (abseil, 200 commits apart, folders: MoJoFM 81% at 1, 93% at 0.5, 99.6%
/// with the uses alone: bench/suggest/README.md).
inline constexpr double kCoChangeShare = 0.5;
inline constexpr double kCoChangeCommits = 50;

/// What the owners signal weighs in all, next to the uses' 1: a hint, as
/// teams often share code they should not.
inline constexpr double kOwnersWeight = 0.25;

struct SuggestSignals {
  bool uses = true;
  bool co_change = true;
  bool owners = true;  // where the files' owners are known
  /// Commits touching more files are ignored (a mass rename or reformat
  /// says nothing about what belongs together).
  std::size_t max_commit_files = 50;
};

/// The graph suggest clusters.
struct SuggestGraph {
  /// A node: one or more units — folders ("src/net"), or with
  /// split_folders stems ("src/net/socket") — joined where a source file
  /// includes its own header from another unit (src/net/socket.cpp and
  /// src/net/include/net/socket.h), so a header stays with its source.
  struct Node {
    std::string key;                 // its first unit
    std::vector<std::string> units;  // sorted
    std::vector<std::string> files;  // relative to the root, sorted
  };
  bool stems = false;       // units are stems, not folders
  std::vector<Node> nodes;  // sorted by key
  /// Directed use weight between nodes (kUseWeight per use), self pairs left
  /// out.
  std::map<std::pair<std::size_t, std::size_t>, double> uses;
  std::map<std::size_t, double> inner_uses;  // uses inside one node
  std::map<std::pair<std::size_t, std::size_t>, double> co_change;  // a < b
  std::map<std::pair<std::size_t, std::size_t>, double> owners;     // a < b
  double total_uses = 0;  // including uses inside a node
  std::size_t commits_used = 0;
  /// The signals: uses (inside a node as a self loop) weigh 1 in all,
  /// co-change kCoChangeShare * commits / (commits + kCoChangeCommits), owners
  /// kOwnersWeight.
  WeightedGraph weighted;
};

/// The files each commit of the scoring window touched (merges left out), in
/// git's order; empty, with `note` saying why, when there is no history.
std::vector<std::vector<std::string>> history_commits(
    const std::string& root, const ScoringOptions& scoring, std::string& note);

/// Builds the graph over `files` (the objects to place, relative to the
/// root): `uses` between them, `commits` (the files each touched) and
/// `owners` (a file's owners, where known: the nodes one owner holds are
/// tied, 1/(n-1) per pair).
SuggestGraph suggest_graph(
    const std::vector<std::string>& files, const std::vector<FileUse>& uses,
    const std::vector<std::vector<std::string>>& commits,
    const std::map<std::string, std::vector<std::string>>& owners,
    bool split_folders, const SuggestSignals& signals);

/// A partition of the graph's nodes and how good it is.
struct Partition {
  std::vector<int> community;  // per node
  int count = 0;
  double modularity = 0;      // of the combined graph, at resolution 1
  double crossing_share = 0;  // of the use weight, between communities
};

Partition partition_from(const SuggestGraph& g, std::vector<int> community);

/// How many node orders suggest_partition tries.
inline constexpr int kLouvainRuns = 16;

/// The best by modularity of kLouvainRuns Louvain runs at `resolution`, their
/// node orders drawn from `seed`.
Partition suggest_partition(const SuggestGraph& g, double resolution,
                            std::uint64_t seed);

/// A move of one node to another module, with its evidence.
struct Move {
  std::string node;
  std::string from;    // current module
  std::string to;      // suggested module
  double with_to = 0;  // use weight between the node and `to`
  double total = 0;    // all of the node's use weight with other nodes
};

/// The suggestion as a draft: one module per community, named after the
/// current module it shares most files with (`current`: node -> module name,
/// empty = none) or else after its folders; paths as folder globs
/// (`DIR/**` where the whole subtree is the module's, else `DIR/*`);
/// depends_on and layers from the uses between communities.
/// `names` receives each community's module name.
DraftConfig suggestion_draft(const SuggestGraph& g, const Partition& p,
                             const std::vector<std::string>& current,
                             std::vector<std::string>& names);

/// The nodes whose suggested module is not their current one, the heaviest
/// first, at most `limit`.
std::vector<Move> largest_moves(const SuggestGraph& g, const Partition& p,
                                const std::vector<std::string>& names,
                                const std::vector<std::string>& current,
                                std::size_t limit);

}  // namespace seams

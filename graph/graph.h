// The module graph: file uses mapped onto modules. Each edge A -> B aggregates
// the include, symbol and macro uses from files of A into files of B and keeps
// every one as evidence. Boost.Graph stays inside graph.cpp.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "analyzer/facts.h"
#include "analyzer/link.h"
#include "config/module_map.h"

namespace seams {

/// One use backing a module edge. Paths are relative to the project root.
struct Evidence {
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  UseKind kind = UseKind::symbol;
  std::string symbol;   // qualified name, macro name, or the include as spelled
  std::string target;   // home file of what is used
  std::string context;  // enclosing function or class; may be empty
  bool target_public = true;  // whether `target` is in its module's `public`
  auto operator<=>(const Evidence&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Evidence& e);

/// The kinds of use a module edge counts, in UseKind order: include, symbol,
/// macro, declaration. A candidate counts as a symbol (link.h resolves every
/// candidate before the graph exists).
inline constexpr std::size_t kEdgeKindCount = 4;
constexpr std::size_t edge_slot(UseKind kind) {
  return kind == UseKind::candidate ? static_cast<std::size_t>(UseKind::symbol)
                                    : static_cast<std::size_t>(kind);
}

/// What one use weighs in coupling (metrics, the heatmap): a symbol or macro
/// use 1; an include 0.5, as it may be a leftover; a name used through the
/// user's own forward declaration (counted only with `forward_declarations:
/// dependency`) 0.1, as it couples by name alone, not by layout or code.
inline constexpr double kIncludeWeight = 0.5;
inline constexpr double kDeclarationWeight = 0.1;
inline constexpr std::array<double, kEdgeKindCount> kUseWeight = {
    kIncludeWeight, 1, 1, kDeclarationWeight};

struct ModuleEdge {
  ModuleId from{};
  ModuleId to{};
  std::array<int, kEdgeKindCount> counts{};  // uses per kind (edge_slot)
  std::vector<Evidence> evidence;            // sorted
  int count(UseKind kind) const { return counts[edge_slot(kind)]; }
  void add(UseKind kind, int n = 1) { counts[edge_slot(kind)] += n; }
  /// Number of uses; what removing this edge would cost.
  int uses() const;
  /// The uses weighted by kind (kUseWeight).
  double weight() const;
};

/// Where each project file went: for the summary and `--verbose`.
struct FileCensus {
  int owned = 0;
  int excluded = 0;
  int library = 0;  // vendored into the root, claimed by a library's `paths`
  std::vector<std::string> unowned;  // sorted, relative to the root
};

class ModuleGraph {
 public:
  ModuleGraph() = default;
  explicit ModuleGraph(std::size_t module_count)
      : module_count_(module_count) {}

  std::size_t module_count() const { return module_count_; }
  /// Edges sorted by (from, to); never a self edge.
  const std::vector<ModuleEdge>& edges() const { return edges_; }
  /// The edge from -> to, or nullptr.
  const ModuleEdge* edge(ModuleId from, ModuleId to) const;
  void add_edge(
      ModuleEdge edge);  // keeps edges_ sorted; merges with an existing edge
  /// Module pairs whose only link is names the using module sees through its
  /// own forward declarations (`declaration` uses): not dependencies, so no
  /// rule, cycle or metric counts them; `seams explain` shows them. Sorted by
  /// (from, to). Empty when `forward_declarations: dependency` makes them
  /// ordinary edges.
  const std::vector<ModuleEdge>& declaration_edges() const {
    return declaration_edges_;
  }
  const ModuleEdge* declaration_edge(ModuleId from, ModuleId to) const;
  void add_declaration_edge(ModuleEdge edge);
  /// Edges from modules to libraries of `externals:` and to `external:other`
  /// (ModuleMap ids after the modules'): what policies judge and what graphs
  /// and the report show on request. Never in `edges()`: no built-in rule,
  /// cycle or metric counts them. Sorted by (from, to).
  const std::vector<ModuleEdge>& library_edges() const {
    return library_edges_;
  }
  const ModuleEdge* library_edge(ModuleId from, ModuleId to) const;
  void add_library_edge(ModuleEdge edge);

  /// Strongly connected components with two or more modules; each sorted, the
  /// list sorted.
  std::vector<std::vector<ModuleId>> cycles() const;
  /// A shortest cycle through the first module of `scc`: [m0, m1, ..., m0].
  std::vector<ModuleId> cycle_path(const std::vector<ModuleId>& scc) const;
  /// The cheapest set of edges inside `scc` (by uses) whose removal leaves it
  /// acyclic; exact for components of up to 16 edges, greedy and then minimized
  /// beyond.
  std::vector<std::pair<ModuleId, ModuleId>> lightest_cut(
      const std::vector<ModuleId>& scc) const;
  /// The level of each module (by id): 0 for a module that uses no other, else
  /// 1 + the highest level of a module it uses outside its own cycle; the
  /// modules of a cycle share one (the condensation's longest path).
  std::vector<int> levels() const;
  /// Modules ordered so that dependencies come first (levelization); cycles are
  /// grouped.
  std::vector<ModuleId> levelized_order() const;

 private:
  std::size_t module_count_ = 0;
  std::vector<ModuleEdge> edges_;
  std::vector<ModuleEdge> declaration_edges_;
  std::vector<ModuleEdge> library_edges_;
};

/// Maps each file use onto modules. Uses from or into files that are external,
/// excluded or unowned make no edge; nor do uses inside one module. A use of
/// a file vendored into the root that a library's `paths` claim is a library
/// edge (library_edges; uses of code outside the root: libraries.h). A
/// `declaration` use (link.h) whose forward declaration is in another module's
/// file is a symbol use of that file (an opaque type declared in b's public
/// header is a use of that header); one whose forward declaration is in the
/// using module is a declaration edge to the module that defines the name, or
/// an ordinary edge when `declarations_are_dependencies`.
ModuleGraph build_graph(const std::vector<FileUse>& uses, const ModuleMap& map,
                        const std::vector<std::string>& main_files_rel,
                        Diagnostics& diags,
                        bool declarations_are_dependencies = false);

/// Classifies every project file (paths relative to the root).
FileCensus take_census(const std::vector<std::string>& files_rel,
                       const ModuleMap& map,
                       const std::vector<std::string>& main_files_rel,
                       Diagnostics& diags);

}  // namespace seams

// The module graph: file uses mapped onto modules. Each edge A -> B aggregates
// the include, symbol and macro uses from files of A into files of B and keeps
// every one as evidence. Boost.Graph stays inside graph.cpp.
#pragma once

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

struct ModuleEdge {
  ModuleId from{};
  ModuleId to{};
  int includes = 0;
  int symbols = 0;
  int macros = 0;
  int declarations = 0;  // names seen only through a forward declaration
  std::vector<Evidence> evidence;  // sorted
  /// Number of uses; what removing this edge would cost.
  int uses() const { return includes + symbols + macros + declarations; }
};

/// Where each project file went: for the summary and `--verbose`.
struct FileCensus {
  int owned = 0;
  int excluded = 0;
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
  /// Modules ordered so that dependencies come first (levelization); cycles are
  /// grouped.
  std::vector<ModuleId> levelized_order() const;

 private:
  std::size_t module_count_ = 0;
  std::vector<ModuleEdge> edges_;
  std::vector<ModuleEdge> declaration_edges_;
};

/// Maps each file use onto modules. Uses from or into files that are external,
/// excluded or unowned make no edge; nor do uses inside one module. A
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

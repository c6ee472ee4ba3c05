// Per-module coupling metrics of the module graph (fan-in/out, afferent and
// efferent uses, instability, abstractness, distance from the main sequence,
// cycle membership, cohesion) and each module's extraction plan: the symbols
// other modules use (its future service API) and its outbound edges. Plain
// values for scoring.h and the score reporters.
#pragma once

#include <compare>
#include <ostream>
#include <string>
#include <vector>

#include "analyzer/facts.h"
#include "analyzer/link.h"
#include "config/module_map.h"
#include "graph/graph.h"

namespace seams {

/// What the module graph drops because it only keeps edges between modules:
/// per module, its files and the uses that stay inside it.
struct ModuleInterior {
  int files = 0;          // project files the module owns
  int internal_uses = 0;  // uses between two different files of the module
  auto operator<=>(const ModuleInterior&) const = default;
};

/// Counts files and internal uses per module (indexed by ModuleId). Files and
/// uses are classified as `build_graph` does, so the counts agree with it.
std::vector<ModuleInterior> measure_interiors(
    const std::vector<FileUse>& uses, const std::vector<std::string>& files_rel,
    const std::vector<std::string>& main_files_rel, const ModuleMap& map);

/// The metrics of one module. Ratios are in [0, 1].
struct ModuleMetrics {
  int fan_in = 0;      // modules that use this one
  int fan_out = 0;     // modules this one uses
  int neighbours = 0;  // modules it uses or that use it (either way)
  int afferent_uses =
      0;  // Ca: uses into the module (includes, symbols, macros)
  int efferent_uses = 0;  // Ce: uses out of the module
  /// Afferent plus efferent uses, each weighed by its kind (ModuleEdge::weight,
  /// kUseWeight in graph.h).
  double weighted_uses = 0;
  double instability = 0;  // Ce / (Ca + Ce); 0 for a module with no uses
  int classes = 0;         // classes defined in the module
  int abstract_classes = 0;
  double abstractness = 0;  // abstract classes / classes; 0 without classes
  double distance = 0;      // |A + I - 1|, distance from the main sequence
  bool in_cycle = false;
  std::vector<ModuleId> cycle_peers;  // the other modules of its cycle
  int files = 0;
  int exposed_files = 0;  // files of the module that other modules use
  int internal_uses = 0;
  double cohesion = 1;  // internal / (internal + Ce); 1 with no uses
};

/// Metrics of every module (indexed by ModuleId). `classes` have paths
/// relative to the root; `interiors` comes from measure_interiors (may be
/// empty: then files and cohesion count nothing inside modules).
std::vector<ModuleMetrics> compute_metrics(
    const ModuleGraph& graph, const ModuleMap& map,
    const std::vector<ClassFact>& classes,
    const std::vector<ModuleInterior>& interiors);

/// A symbol (or macro) of a module that other modules use: one entry of the
/// interface a service extracted from the module would have to offer.
struct ApiSymbol {
  std::string symbol;              // qualified name or macro name
  std::string target;              // its home file
  UseKind kind = UseKind::symbol;  // symbol or macro
  /// False when its home is outside the module's `public` files: a private
  /// symbol other modules reach, to promote into the API or to stop using.
  bool target_public = true;
  int uses = 0;
  std::vector<ModuleId> used_by;   // sorted
  std::vector<Evidence> evidence;  // sorted
  auto operator<=>(const ApiSymbol&) const = default;
};

std::ostream& operator<<(std::ostream& os, const ApiSymbol& a);

/// The API surface of `module`: symbol and macro uses from other modules,
/// grouped by symbol; most used first, then by name. Includes are not part of
/// it (a service offers calls, not headers); they still count as uses.
std::vector<ApiSymbol> api_surface(const ModuleGraph& graph, ModuleId module);

/// The edges out of `module`, sorted by target module id: what extracting it
/// must cut or replace.
std::vector<const ModuleEdge*> outbound_edges(const ModuleGraph& graph,
                                              ModuleId module);

}  // namespace seams

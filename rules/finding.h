// Findings: what the rules say about user code. Plain values that reporters
// format.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "config/module_map.h"
#include "graph/graph.h"

namespace seams {

enum class Severity { warning, error };

std::string_view to_string(Severity s);

/// A place a finding points at when it has no code evidence: the seams.yaml
/// `depends_on` entry of an unused dependency, the first error of a TU that
/// failed to parse (its first line for a crash or a timeout).
struct ConfigLocation {
  std::string file;  // as shown to the user, relative to the project root
  int line = 0;
  int column = 0;
  auto operator<=>(const ConfigLocation&) const = default;
};

/// An edge of a cycle finding: from -> to with its number of uses.
struct CycleEdge {
  ModuleId from{};
  ModuleId to{};
  int uses = 0;
  auto operator<=>(const CycleEdge&) const = default;
};

struct Finding {
  std::string rule;  // contract id: "layering", "cycle", "plugin/x"
  Severity severity = Severity::error;
  std::optional<ModuleId> from;   // pair findings
  std::optional<ModuleId> to;     // pair findings
  std::vector<ModuleId> modules;  // [from, to], or a cycle's members (sorted)
  std::string message;  // "orders uses billing, which is not in its depends_on"
  std::vector<Evidence>
      evidence;  // sorted; for a cycle: one per edge of `cycle`, in order
  std::optional<ConfigLocation> config_location;
  /// unused-dependency of a glob or group entry: the entry as written ("bsl*",
  /// "group:bsl"); part of the finding's key. Empty otherwise.
  std::string config_entry;
  std::vector<ModuleId> cycle;  // cycle findings: [m0, m1, ..., m0]
  std::vector<CycleEdge> cut;   // cycle findings: the lightest edges to remove
  std::string
      fingerprint;  // stable across line moves: hash of rule and modules
};

/// FNV-1a 64-bit of `text`, as 16 hex digits. Stable across platforms and runs.
std::string stable_hash(std::string_view text);

/// Sorts findings for output: by (from, to) module names, then rule; cycles
/// after pairs.
void sort_findings(std::vector<Finding>& findings, const ModuleMap& map);

}  // namespace seams

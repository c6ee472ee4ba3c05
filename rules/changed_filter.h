// Changed-files mode between the rules and the reporters: keeps the findings
// a change could have caused. The rules ran on the whole graph, so a cycle
// that an edited file closes is still found.
#pragma once

#include <string_view>
#include <vector>

#include "config/module_map.h"
#include "graph/graph.h"
#include "rules/changed_files.h"
#include "rules/finding.h"

namespace seams {

/// Keeps, of `findings`:
/// - all of them when `config_path` (seams.yaml, relative to the root)
///   changed, since a config edit moves boundaries everywhere;
/// - of a pair finding, the uses written in changed files (none: dropped);
/// - a cycle when any edge between its members has a use in a changed file;
/// - a finding without evidence (unused-dependency) when a changed file
///   belongs to its `from` module (the change may have removed the last use).
///   changed = {src/orders/checkout.cpp}: keeps orders -> billing uses
///   written in checkout.cpp, drops those in cart.cpp.
std::vector<Finding> keep_changed(const std::vector<Finding>& findings,
                                  const ChangedFiles& changed,
                                  const ModuleGraph& graph,
                                  const ModuleMap& map,
                                  std::string_view config_path);

}  // namespace seams

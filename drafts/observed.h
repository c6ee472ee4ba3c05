// What the code does, written into a draft: `depends_on` from the module
// edges observed, and `layers` from the module graph's levels.
#pragma once

#include <string>
#include <vector>

#include "drafts/draft_config.h"
#include "graph/graph.h"

namespace seams {

/// Sets `layers` to level0 .. levelN (written top first) and each module's
/// `layer` to its level in `graph` (whose module ids index `names`): a module
/// that uses no other is level0, the modules of a cycle share a level, so the
/// layering of today's code holds and an upward use added later fails.
void layer_by_levels(DraftConfig& draft, const std::vector<std::string>& names,
                     const ModuleGraph& graph);

/// Sets each module's `depends_on` to the modules it uses in `graph`.
void depend_on_observed(DraftConfig& draft,
                        const std::vector<std::string>& names,
                        const ModuleGraph& graph);

}  // namespace seams

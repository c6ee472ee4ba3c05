// The plugins of a run, inside the pipeline: the --plugin paths checked before
// any work, and each plugin run on the project and the built-in findings, its
// findings merged into the rules' run (docs/plugins.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "pipeline/pipeline.h"
#include "plugins/protocol.h"
#include "rules/rule.h"

namespace seams {

/// The --plugin paths as plugins; nullopt (errors) for a path that is not an
/// executable file, whose name is unusable, or whose name another has.
std::optional<std::vector<PluginSpec>> plugin_specs(
    const std::vector<std::string>& paths, Diagnostics& diags);

/// Runs every plugin of `a`, in --plugin order, each on the findings `run`
/// holds before any plugin (so their order does not matter), and adds their
/// findings to `run` and their rules to `rules`. Also checks the `rules:`
/// entries "NAME/RULE" of seams.yaml against the rules each declares. False
/// (errors in `diags`) when one failed.
bool run_plugins(const Analysis& a, const RuleInput& in, RuleRun& run,
                 std::vector<RuleDescription>& rules, Diagnostics& diags,
                 Sink& sink);

}  // namespace seams

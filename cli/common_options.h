// The flags every analyzing subcommand takes, and what the CLI does around the
// pipeline with them: --verbose, --profile, --color.
#pragma once

#include <string>

#include "pipeline/pipeline.h"

namespace CLI {
class App;
}

namespace seams {

struct CommonOptions {
  AnalysisOptions analysis;  // -p, --config, -j, --cache-dir, --no-cache,
                             // --level, --tu-timeout
  bool verbose = false;
  bool profile = false;  // --profile
  std::string color = "auto";
};

/// Registers the common flags on a subcommand.
void add_common_options(CLI::App& app, CommonOptions& opts);

/// Registers --plugin and --plugin-timeout, on the subcommands that report
/// findings (check, baseline, report).
void add_plugin_options(CLI::App& app, CommonOptions& opts);

/// Ends the last phase ("output") and, with --profile, prints the time and
/// memory of each phase to stderr.
void print_profile(const CommonOptions& opts);

}  // namespace seams

// The flags every analyzing subcommand takes, and what the CLI does around the
// pipeline with them: --verbose, --profile, --color.
#pragma once

#include <string>
#include <vector>

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
  std::vector<std::string> prefix_maps;  // --prefix-map, as given
};

/// Registers the common flags on a subcommand: the input flags, --facts and
/// --prefix-map.
void add_common_options(CLI::App& app, CommonOptions& opts);

/// The flags of a run that parses (`seams index`): no --facts.
void add_input_options(CLI::App& app, CommonOptions& opts);

/// --prefix-map FROM=TO (repeatable).
void add_prefix_map_option(CLI::App& app, CommonOptions& opts);

/// Registers --plugin and --plugin-timeout, on the subcommands that report
/// findings (check, baseline, report).
void add_plugin_options(CLI::App& app, CommonOptions& opts);

/// Ends the last phase ("output") and, with --profile, prints the time and
/// memory of each phase to stderr.
void print_profile(const CommonOptions& opts);

}  // namespace seams

// The analysis pipeline shared by the subcommands: config -> compile DBs ->
// facts -> links -> module graph. Each stage is one line in `analyze()`; errors
// are checked after each.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/coverage.h"
#include "analyzer/frontend.h"
#include "base/diagnostics.h"
#include "config/config.h"
#include "config/module_map.h"
#include "graph/graph.h"
#include "reporters/report.h"
#include "scoring/metrics.h"

namespace CLI {
class App;
}

namespace seams {

/// Options every analyzing subcommand takes.
struct CommonOptions {
  std::vector<std::string> compile_dbs;  // -p, repeatable
  std::string config;                    // --config
  int jobs = 0;                          // -j; 0 = all cores
  std::string cache_dir;          // --cache-dir; empty = in the build dir
  bool no_cache = false;          // --no-cache
  std::string level = "symbols";  // --level symbols|includes
  double tu_timeout = 600;        // --tu-timeout seconds
  bool verbose = false;
  bool profile = false;  // --profile
  std::string color = "auto";
};

/// Registers the common flags on a subcommand.
void add_common_options(CLI::App& app, CommonOptions& opts);

struct Analysis {
  std::unique_ptr<Config> config;  // owned here because `map` points into it
  std::unique_ptr<ModuleMap> map;
  std::string root;            // real path of the project root
  std::string config_display;  // seams.yaml relative to the root, for findings
  ModuleGraph graph;
  FileCensus census;
  std::vector<TuFailure> failures;  // relative paths
  Coverage coverage;                // owned files on disk analyzed
  int translation_units = 0;
  /// Classes defined in project files (paths relative to the root), for
  /// metrics.
  std::vector<ClassFact> classes;
  /// Per module: files and the uses inside it, which the graph drops (for
  /// cohesion in `seams score`).
  std::vector<ModuleInterior> interiors;
};

/// Ends the last phase ("output") and, with --profile, prints the time and
/// memory of each phase to stderr.
void print_profile(const CommonOptions& opts);

/// The config file: `flag` (--config) when given, else the nearest seams.yaml
/// upwards from the current directory, relative to it. Nullopt (with an error)
/// when there is none.
std::optional<std::filesystem::path> config_path(const std::string& flag,
                                                 Diagnostics& diags);

/// Runs the pipeline. Prints diagnostics as it goes; returns nullopt on bad
/// input (exit 2).
std::optional<Analysis> analyze(const CommonOptions& opts, Diagnostics& diags);

/// Runs the rules and fills a Report for the reporters.
Report make_report(const Analysis& analysis);

}  // namespace seams

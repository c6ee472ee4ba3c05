// The analysis pipeline as a library, one named stage per function, in the
// order a run takes them:
//
//   load_inputs -> select_tus -> index_project -> link_project ->
//   build_module_graph
//     (analyze() runs these five) -> make_report (the rules and plugins)
//     -> score_project
//
// Values in, values out. No stage prints: diagnostics, warnings, --verbose
// notes, progress and phase ends go to a Sink (sink.h); errors about the input
// are Diagnostics, and a stage that returns nullopt has added at least one
// error (exit 2). Every subcommand of cli/ is a short composition of these
// stages.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/compile_db.h"
#include "analyzer/coverage.h"
#include "analyzer/fact_cache.h"
#include "analyzer/facts.h"
#include "analyzer/facts_file.h"
#include "analyzer/frontend.h"
#include "analyzer/link.h"
#include "base/diagnostics.h"
#include "config/config.h"
#include "config/module_map.h"
#include "graph/graph.h"
#include "pipeline/sink.h"
#include "plugins/protocol.h"
#include "reporters/report.h"
#include "scoring/git_history.h"
#include "scoring/metrics.h"
#include "scoring/scoring.h"

namespace seams {

/// What a run analyzes and how; the CLI's common flags fill it.
struct AnalysisOptions {
  std::vector<std::string>
      compile_dbs;     // -p, repeatable; empty = ./ then ./build/
  std::string config;  // --config; empty = nearest seams.yaml
  /// A config given as text instead of a file, read as if from `config`
  /// (which names the root): `seams suggest` on code without a seams.yaml.
  std::optional<std::string> config_text;
  int jobs = 0;           // parser threads; 0 = all cores
  std::string cache_dir;  // empty = .seams-cache/ beside the first compile DB
  bool no_cache = false;
  std::string level = "symbols";  // symbols|includes
  double tu_timeout = 600;  // seconds before a TU's parser process is killed
  /// --plugin paths, in order. Nullopt: the subcommand runs no plugins (then
  /// `rules:` may name any well-formed "NAME/RULE", which it cannot judge).
  std::optional<std::vector<std::string>> plugins;
  double plugin_timeout = 60;  // --plugin-timeout, seconds per plugin
  /// --facts: analyze these facts files (merged) instead of parsing; no
  /// compile DB is read.
  std::vector<std::string> facts;
  /// --prefix-map FROM=TO, in order: how facts files store (and read back)
  /// paths outside the project root.
  std::vector<std::pair<std::string, std::string>> prefix_maps;
};

/// The config file: `flag` (--config) when given, else the nearest seams.yaml
/// upwards from the current directory, relative to it. Nullopt (with an error)
/// when there is none.
std::optional<std::filesystem::path> config_path(const std::string& flag,
                                                 Diagnostics& diags);

/// seams.yaml at `path`, its `rules:` checked against the rule registry (and
/// the names of `plugins`, when the subcommand runs plugins).
std::optional<Config> read_config(
    const std::filesystem::path& path, Diagnostics& diags,
    const std::optional<std::vector<PluginSpec>>& plugins = std::nullopt);

/// Stage 1. seams.yaml (every key checked, `scoring:` included, whatever the
/// subcommand), the module map with its ownership warnings, and the compile
/// DBs.
struct Inputs {
  std::unique_ptr<Config> config;  // owned here because `map` points into it
  std::unique_ptr<ModuleMap> map;
  std::string root;            // real path of the project root
  std::string config_display;  // seams.yaml relative to the root, for findings
  ScoringOptions scoring;
  std::vector<std::string> db_paths;     // the compile DBs read
  std::vector<CompileCommand> commands;  // all of their entries, deduplicated
  std::vector<PluginSpec> plugins;       // --plugin, checked
  PluginLimits plugin_limits;
};
std::optional<Inputs> load_inputs(const AnalysisOptions& opts,
                                  Diagnostics& diags, Sink& sink);

/// Stage 2. The TUs whose main file belongs to the project and is not excluded.
struct TuSelection {
  std::vector<CompileCommand> commands;
  int excluded = 0;  // TUs skipped because seams.yaml excludes their main file
  std::vector<CompileCommand> excluded_commands;  // those TUs
};
std::optional<TuSelection> select_tus(const Inputs& in, Diagnostics& diags,
                                      Sink& sink);

/// Stage 3. Facts of every selected TU (from the fact cache where still valid),
/// then of the owned headers no TU reads (coverage.h), and what could not be
/// analyzed.
struct Indexed {
  ProjectFacts facts;
  std::vector<TuFailure> failures;  // paths relative to the root
  Coverage coverage;                // owned files on disk analyzed
};
std::optional<Indexed> index_project(const Inputs& in, const TuSelection& tus,
                                     const AnalysisOptions& opts,
                                     Diagnostics& diags, Sink& sink);

/// The part of the TUs one `seams index` run parses: all of them, shard K of
/// N (by a hash of each TU's project-relative path and arguments, so adding a
/// TU moves no other), or the TUs of a list an external scheduler made.
struct IndexPart {
  int shard = 1;
  int shards = 1;
  /// --tus: the main files (absolute) of the TUs to parse.
  std::optional<std::vector<std::string>> tus;
  std::string tus_file;  // where the list came from, for the cache key
  bool takes(const CompileCommand& c, const std::string& key) const;
};

/// Reads a --tus list: one main file per line, absolute or relative to the
/// root; '#' starts a comment. Each must be a TU of `tus` (error with its
/// line otherwise).
std::optional<std::vector<std::string>> read_tu_list(
    const std::filesystem::path& list, const std::string& root,
    const TuSelection& tus, Diagnostics& diags);

/// Stage 3 of `seams index`: the facts of the TUs `part` takes, and of the
/// owned headers the part is responsible for (those whose module's first TU,
/// or whose flag-giving TU, it takes) that its TUs do not read, parsed on
/// their own. `dependencies`: every file read (for a depfile).
struct PartFacts {
  FactsFile facts;
  std::vector<std::string> dependencies;
};
std::optional<PartFacts> index_part(const Inputs& in, const TuSelection& tus,
                                    const AnalysisOptions& opts,
                                    const IndexPart& part, Diagnostics& diags,
                                    Sink& sink);

/// Stage 3 from facts: the facts of TUs and headers joined, the coverage of
/// the owned files, and the failures (warnings for them).
std::optional<Indexed> indexed_from_facts(const Inputs& in, FactsFile facts,
                                          Diagnostics& diags, Sink& sink);

/// Reads and merges --facts files; an error when one is damaged, or was
/// written by another version of seams or libclang.
std::optional<FactsFile> load_facts(const std::vector<std::string>& files,
                                    const PathMap& paths, Diagnostics& diags);

/// Stage 4. Each use resolved to the file that declares what it uses.
std::vector<FileUse> link_project(const Inputs& in, const ProjectFacts& facts,
                                  Sink& sink);

/// What stages 1-5 know about the project: the input of the rules, the scores
/// and the reporters.
struct Analysis {
  std::unique_ptr<Config> config;
  std::unique_ptr<ModuleMap> map;
  std::string root;
  std::string config_display;
  ScoringOptions scoring;
  ModuleGraph graph;
  FileCensus census;
  /// Every project file the TUs read, relative to the root, sorted.
  std::vector<std::string> files;
  std::vector<TuFailure> failures;  // relative paths
  Coverage coverage;
  int translation_units = 0;
  /// Classes defined in project files (paths relative to the root), for
  /// metrics.
  std::vector<ClassFact> classes;
  /// Per module: files and the uses inside it, which the graph drops (for
  /// cohesion).
  std::vector<ModuleInterior> interiors;
  std::vector<PluginSpec> plugins;  // run by make_report
  PluginLimits plugin_limits;
};

/// Stage 5. Files -> modules, the module graph, the census of files.
std::optional<Analysis> build_module_graph(Inputs in, const TuSelection& tus,
                                           Indexed indexed,
                                           const std::vector<FileUse>& uses,
                                           Diagnostics& diags, Sink& sink);

/// Stages 1-5. `uses_out`, when given, receives every file use (`seams
/// suggest` clusters them; the graph keeps only those between modules).
std::optional<Analysis> analyze(const AnalysisOptions& opts, Diagnostics& diags,
                                Sink& sink,
                                std::vector<FileUse>* uses_out = nullptr);

/// Stage 6. Runs the rules, then the plugins of the run (--plugin, each on the
/// built-in findings), and fills a Report for the reporters. Nullopt (errors
/// in `diags`) when a plugin failed or answered against the protocol.
std::optional<Report> make_report(const Analysis& analysis, Diagnostics& diags,
                                  Sink& sink);
/// Stage 6 for a run without plugins, which cannot fail.
Report make_report(const Analysis& analysis, Sink& sink);

/// Stage 7. Metrics of every module, the git history of the scoring window
/// (unless `read_history` is false), and the value x coupling scores.
struct Scoring {
  std::vector<ModuleMetrics> metrics;  // by ModuleId
  GitHistory history;
  Scores scores;
};
Scoring score_project(const Analysis& analysis, bool read_history, Sink& sink);

}  // namespace seams

// Implements common_options.h.
#include "cli/common_options.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cmath>

#include "cli/phase_profile.h"

namespace seams {

namespace {

// CLI::PositiveNumber lets "nan" and "inf" through; a timeout must be a number
// of seconds a clock can reach.
CLI::Validator seconds_validator() {
  return CLI::Validator(
      [](std::string& s) -> std::string {
        double v = 0;
        std::size_t used = 0;
        try {
          v = std::stod(s, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used != s.size() || !std::isfinite(v) || v <= 0 || v > 1e7)
          return "must be a positive number of seconds (at most "
                 "10000000), not '" +
                 s + "'";
        return "";
      },
      "SECONDS");
}

}  // namespace

void add_plugin_options(CLI::App& app, CommonOptions& opts) {
  opts.analysis.plugins.emplace();
  app.add_option("--plugin", *opts.analysis.plugins,
                 "Run this plugin executable on the project (repeatable); "
                 "its rules are NAME/RULE, NAME its file name without the "
                 "extension (docs/plugins.md)");
  app.add_option("--plugin-timeout", opts.analysis.plugin_timeout,
                 "Seconds a plugin may run before it is killed and the run "
                 "fails (default: 60)")
      ->check(seconds_validator());
}

void add_prefix_map_option(CLI::App& app, CommonOptions& opts) {
  app.add_option("--prefix-map", opts.prefix_maps,
                 "FROM=TO: facts files store paths starting with FROM as TO, "
                 "and read them back the other way (a build directory "
                 "outside the project root; repeatable, first match wins)")
      ->check(CLI::Validator(
          [](std::string& s) -> std::string {
            return parse_prefix_map(s) ? ""
                                       : "must be FROM=TO with a non-empty "
                                         "FROM, not '" +
                                             s + "'";
          },
          "FROM=TO"))
      ->each([&opts](const std::string& s) {
        opts.analysis.prefix_maps.push_back(*parse_prefix_map(s));
      });
}

void add_common_options(CLI::App& app, CommonOptions& opts) {
  add_input_options(app, opts);
  CLI::Option* facts =
      app.add_option("--facts", opts.analysis.facts,
                     "Analyze these facts files of 'seams index' (merged; "
                     "repeatable) instead of parsing: no compile DB is read")
          ->check(CLI::ExistingFile);
  // What only a parse reads: a usage error with --facts, not a flag that
  // silently does nothing.
  for (const char* parse_only :
       {"--level", "--jobs", "--cache-dir", "--no-cache", "--tu-timeout"})
    facts->excludes(app.get_option(parse_only));
  add_prefix_map_option(app, opts);
}

void add_input_options(CLI::App& app, CommonOptions& opts) {
  app.add_option("-p", opts.analysis.compile_dbs,
                 "Build directory or compile_commands.json; repeat to union "
                 "several builds "
                 "(default: ./ then ./build/)");
  app.add_option("--config", opts.analysis.config,
                 "Path of seams.yaml (default: nearest seams.yaml)");
  app.add_option("-j,--jobs", opts.analysis.jobs,
                 "Parser threads (default: all cores)")
      ->check(CLI::Range(0, 1024));
  app.add_flag("-v,--verbose", opts.verbose,
               "Print the compile DBs, dropped flags, per-stage counts and "
               "unowned files");
  app.add_option(
      "--cache-dir", opts.analysis.cache_dir,
      "Where to keep the fact cache (default: .seams-cache/ in the build "
      "directory of the first -p)");
  app.add_flag(
      "--no-cache", opts.analysis.no_cache,
      "Parse every translation unit; neither read nor write the cache");
  app.add_option(
         "--level", opts.analysis.level,
         "symbols: every include, symbol and macro use (default); "
         "includes: include edges only, from a preprocessor pass (much "
         "faster; cannot see symbols reached through transitive includes)")
      ->check(CLI::IsMember({"symbols", "includes"}));
  app.add_option(
         "--tu-timeout", opts.analysis.tu_timeout,
         "Seconds a translation unit may take before its parser process is "
         "killed and the TU reported as failed (default: 600)")
      ->check(seconds_validator());
  app.add_flag("--profile", opts.profile,
               "Print where the run's time and memory went, per phase "
               "(inputs, parse, link, graph, rules, output), to stderr");
  app.add_option("--color", opts.color,
                 "Colour the output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
}

void print_profile(const CommonOptions& opts) {
  PhaseProfile::instance().end_phase("output");
  if (!opts.profile) return;
  std::string text = PhaseProfile::instance().summary();
  for (std::size_t start = 0, end; start < text.size(); start = end + 1) {
    end = text.find('\n', start);
    fmt::print(stderr, "seams: {}\n", text.substr(start, end - start));
  }
}

}  // namespace seams

// `seams score`: run the pipeline, measure every module, read git history,
// score and rank the modules, and print the matrix, one module's extraction
// plan, or the coupling-score explanation.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/console.h"
#include "cli/exit_status.h"
#include "cli/output.h"
#include "cli/terminal_sink.h"
#include "reporters/reporter.h"

namespace seams {
namespace {

struct ScoreOptions {
  CommonOptions common;
  std::string format = "text";
  std::string output;
  std::string module;   // --module: print this module's extraction plan
  std::string explain;  // --explain-score [MODULE]
  bool explain_given = false;
  bool no_history = false;
};

int run_score(const ScoreOptions& o) {
  if (o.explain_given && o.format == "json") {
    fmt::print(stderr,
               "seams: error: --explain-score is text; the json output has "
               "every term under 'coupling_terms'\n");
    return code(ExitStatus::bad_input);
  }
  Diagnostics diags;
  if (!check_output_path(o.output)) return code(ExitStatus::bad_input);
  TerminalSink sink(o.common.verbose);
  auto analysis = analyze(o.common.analysis, diags, sink);
  if (!analysis) return code(ExitStatus::bad_input);
  // The modules named on the command line.
  std::optional<ModuleId> plan, explain;
  if (!o.module.empty() && !(plan = module_named(*analysis->map, o.module)))
    return code(ExitStatus::bad_input);
  if (!o.explain.empty() &&
      !(explain = module_named(*analysis->map, o.explain)))
    return code(ExitStatus::bad_input);
  const Scoring scoring = score_project(*analysis, !o.no_history, sink);
  // Output.
  Report report;
  report.map = analysis->map.get();
  report.graph = &analysis->graph;
  report.scores = &scoring.scores;
  report.score_focus = {plan, o.explain_given, explain};
  std::ostringstream out;
  find_reporter(Output::score, o.format)->write(report, out);
  if (!write_output(o.output, out.str())) return code(ExitStatus::bad_input);
  print_profile(o.common);
  return code(ExitStatus::ok);
}

}  // namespace

Runner register_score(CLI::App& app) {
  auto o = std::make_shared<ScoreOptions>();
  CLI::App* cmd = app.add_subcommand(
      "score", "Rank modules for extraction on the value x coupling matrix");
  add_common_options(*cmd, o->common);
  cmd->add_option("--format", o->format,
                  format_help(Output::score, "Output format"))
      ->check(CLI::IsMember(reporter_names(Output::score)));
  cmd->add_option("-o,--output", o->output,
                  "Write the scores to this file instead of stdout");
  cmd->add_option("--module", o->module,
                  "Print the extraction plan of this module: its API surface "
                  "and outbound edges, with evidence");
  CLI::Option* explain =
      cmd->add_option("--explain-score", o->explain,
                      "Print every term of the coupling score, for MODULE or "
                      "for all modules")
          ->expected(0, 1);
  cmd->add_flag("--no-history", o->no_history,
                "Do not read git history: no churn values, no change coupling");
  return [o, explain] {
    o->explain_given = explain->count() > 0;
    return run_score(*o);
  };
}

}  // namespace seams

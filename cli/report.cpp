// `seams report -o report.html`: run the pipeline and the rules, measure and
// score every module, and write the single-file HTML report (heatmap,
// extraction matrix, module graph, findings). Exits 0 when the report is
// written, whatever it shows; `seams check` is the gate.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <memory>
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

struct ReportOptions {
  CommonOptions common;
  std::string output = "report.html";
  int max_evidence = 100;
  bool no_history = false;
};

int run_report(const ReportOptions& o) {
  Diagnostics diags;
  if (!check_output_path(o.output)) return code(ExitStatus::bad_input);
  TerminalSink sink(o.common.verbose);
  auto analysis = analyze(o.common.analysis, diags, sink);
  if (!analysis) return code(ExitStatus::bad_input);
  auto made = make_report(*analysis, diags, sink);
  if (!made) return code(ExitStatus::bad_input);
  Report report = std::move(*made);
  const Scoring scoring = score_project(*analysis, !o.no_history, sink);
  report.scores = &scoring.scores;
  report.max_evidence = o.max_evidence;
  // The page.
  const auto start = std::chrono::steady_clock::now();
  std::ostringstream out;
  find_reporter(Output::report, "html")->write(report, out);
  const auto ms = std::chrono::duration<double, std::milli>(
                      std::chrono::steady_clock::now() - start)
                      .count();
  if (o.common.verbose)
    fmt::print(stderr, "seams: rendered the report in {:.1f} ms\n", ms);
  const std::string html = out.str();
  if (!write_output(o.output, html)) return code(ExitStatus::bad_input);
  if (o.output != "-")
    fmt::print(stderr,
               "seams: wrote {} ({} modules, {} module dependencies, {} "
               "findings; {} KiB)\n",
               o.output, report.summary.modules, analysis->graph.edges().size(),
               report.findings.size(), (html.size() + 1023) / 1024);
  print_profile(o.common);
  return code(ExitStatus::ok);
}

}  // namespace

Runner register_report(CLI::App& app) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report",
      "Write the HTML report: coupling heatmap, extraction matrix, module "
      "graph and findings in one offline file");
  add_common_options(*cmd, o->common);
  add_plugin_options(*cmd, o->common);
  cmd->add_option("-o,--output", o->output,
                  "Write the report to this file ('-' for stdout; default: "
                  "report.html)");
  cmd->add_option("--max-evidence", o->max_evidence,
                  "Evidence kept per module edge and API symbols per module "
                  "(0 = all; default 100)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--no-history", o->no_history,
                "Do not read git history: no churn values, no change coupling");
  return [o] { return run_report(*o); };
}

}  // namespace seams

// `seams check`: run the pipeline and the rules, print findings, exit 0/1/2.
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/console.h"
#include "cli/exit_status.h"
#include "cli/output.h"
#include "cli/terminal_sink.h"
#include "pipeline/filters.h"
#include "reporters/reporter.h"

namespace seams {

namespace {

struct CheckOptions {
  CommonOptions common;
  std::string format = "text";
  std::string output;
  int max_evidence = 10;
  FilterOptions filters;  // --baseline, --changed-since, ...
};

// Registers --baseline, --allow-stale, --changed-since, --changed-files.
void add_filter_options(CLI::App& cmd, FilterOptions& opts) {
  CLI::Option* baseline = cmd.add_option(
      "--baseline", opts.baseline,
      "Report only violations this baseline file does not accept (see 'seams "
      "baseline')");
  cmd.add_flag("--allow-stale", opts.allow_stale,
               "Do not fail on baseline entries that no longer occur")
      ->needs(baseline);
  CLI::Option* since = cmd.add_option(
      "--changed-since", opts.changed_since,
      "Report only findings in files changed since the merge base of this git "
      "revision and HEAD (uncommitted changes included)");
  cmd.add_option("--changed-files", opts.changed_files,
                 "Report only findings in the files listed in this file, one a "
                 "line ('-' = stdin)")
      ->excludes(since);
}

// Inside GitHub Actions the text format also annotates the pull request.
bool annotate_for_github(const CheckOptions& o) {
  const char* env = std::getenv("GITHUB_ACTIONS");
  return o.format == "text" && env && std::string_view(env) == "true";
}

int run_check(const CheckOptions& o) {
  Diagnostics diags;
  const Reporter* reporter = find_reporter(Output::check, o.format);
  if (!check_output_path(o.output)) return code(ExitStatus::bad_input);
  TerminalSink sink(o.common.verbose);
  auto filters = load_filters(o.filters, sink);
  if (!filters) return code(ExitStatus::bad_input);
  auto analysis = analyze(o.common.analysis, diags, sink);
  if (!analysis) return code(ExitStatus::bad_input);
  auto made = make_report(*analysis, diags, sink);
  if (!made) return code(ExitStatus::bad_input);
  Report report = std::move(*made);
  if (!apply_filters(o.filters, *filters, *analysis, report, sink))
    return code(ExitStatus::bad_input);
  report.color =
      o.format == "text" && use_color(o.common.color, o.output.empty());
  report.max_evidence = o.common.verbose ? 0 : o.max_evidence;
  std::ostringstream out;
  reporter->write(report, out);
  exit_if_interrupted();
  if (!write_output(o.output, out.str())) return code(ExitStatus::bad_input);
  if (annotate_for_github(o)) {
    std::ostringstream annotations;
    find_reporter(Output::check, "github")->write(report, annotations);
    if (!write_output("", annotations.str()))
      return code(ExitStatus::bad_input);
  }
  print_profile(o.common);
  return code(report_fails(report) ? ExitStatus::findings : ExitStatus::ok);
}

}  // namespace

Runner register_check(CLI::App& app) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd =
      app.add_subcommand("check", "Check the module boundaries of seams.yaml");
  add_common_options(*cmd, o->common);
  add_plugin_options(*cmd, o->common);
  cmd->add_option("--format", o->format,
                  format_help(Output::check, "Output format"))
      ->check(CLI::IsMember(reporter_names(Output::check)));
  cmd->add_option("-o,--output", o->output,
                  "Write the findings to this file instead of stdout");
  cmd->add_option("--max-evidence", o->max_evidence,
                  "Text: evidence lines shown per finding (0 = all; --verbose "
                  "shows all)")
      ->check(CLI::Range(0, 1000000));
  add_filter_options(*cmd, o->filters);
  return [o] { return run_check(*o); };
}

}  // namespace seams

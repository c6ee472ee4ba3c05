// `seams baseline`: records today's violations as accepted in
// seams-baseline.json (next to seams.yaml unless --output). `--update` only
// removes entries and lowers counts, so fixes get locked in; growing the debt
// takes an explicit `--allow-additions`, visible in review. Writes are atomic.
#include "rules/baseline.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>

#include "base/text.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/console.h"
#include "cli/exit_status.h"
#include "cli/output.h"
#include "cli/terminal_sink.h"

namespace seams {
namespace {
namespace fs = std::filesystem;

struct BaselineOptions {
  CommonOptions common;
  std::string output;  // default: seams-baseline.json next to seams.yaml
  bool update = false;
  bool allow_additions = false;
};

int violations(const Baseline& b) {
  int n = 0;
  for (const BaselineEntry& e : b.entries) n += e.count;
  return n;
}

// The new contents from the old file (if any) and today's violations; nullopt
// (diagnostics printed) when the request does not fit the file's state.
std::optional<BaselineUpdate> merge(const BaselineOptions& o,
                                    const std::string& path,
                                    const Baseline& today) {
  Diagnostics diags;
  std::size_t printed = 0;
  const bool exists = fs::exists(path);
  if (!exists && o.update) {
    diags.error(path, 0, 0,
                "no baseline to update; create it with 'seams baseline'");
  } else if (exists && !o.update && !o.allow_additions) {
    diags.error(path, 0, 0,
                "the baseline exists; 'seams baseline --update' removes what "
                "was fixed, and '--allow-additions' also accepts new "
                "violations");
  }
  if (diags.has_errors() || !exists) {
    print_diagnostics(diags, printed);
    if (diags.has_errors()) return std::nullopt;
    BaselineUpdate fresh;
    fresh.result = today;
    fresh.added = static_cast<int>(today.entries.size());
    return fresh;
  }
  auto old = read_baseline(path, diags);
  print_diagnostics(diags, printed);
  if (!old) return std::nullopt;
  return update_baseline(*old, today, o.allow_additions);
}

int run_baseline(const BaselineOptions& o) {
  Diagnostics diags;
  if (!check_output_path(o.output)) return code(ExitStatus::bad_input);
  TerminalSink sink(o.common.verbose);
  auto analysis = analyze(o.common.analysis, diags, sink);
  if (!analysis) return code(ExitStatus::bad_input);
  const std::string path =
      !o.output.empty()
          ? o.output
          : (fs::path(analysis->config->display_path).parent_path() /
             "seams-baseline.json")
                .string();
  const auto report = make_report(*analysis, diags, sink);
  if (!report) return code(ExitStatus::bad_input);
  auto u = merge(o, path, make_baseline(report->findings, *analysis->map));
  if (!u) return code(ExitStatus::bad_input);
  if (!write_output(path, baseline_json(u->result)))
    return code(ExitStatus::bad_input);
  fmt::print(
      stderr,
      "seams: wrote {}: {}, {} ({} removed, {} lowered, {} added, {} "
      "raised)\n",
      path,
      plural(static_cast<int>(u->result.entries.size()), "entry", "entries"),
      plural(violations(u->result), "violation", "violations"), u->removed,
      u->lowered, u->added, u->raised);
  if (u->left_out > 0)
    fmt::print(stderr,
               "seams: note: {} not added; accept them with 'seams baseline "
               "--update --allow-additions', or fix them\n",
               plural(u->left_out, "new violation was", "new violations were"));
  print_profile(o.common);
  return code(ExitStatus::ok);
}

}  // namespace

Runner register_baseline(CLI::App& app) {
  auto o = std::make_shared<BaselineOptions>();
  CLI::App* cmd = app.add_subcommand(
      "baseline",
      "Record today's violations as accepted, so 'check --baseline' fails only "
      "on new ones");
  add_common_options(*cmd, o->common);
  add_plugin_options(*cmd, o->common);
  cmd->add_option("-o,--output", o->output,
                  "The baseline file (default: seams-baseline.json next to "
                  "seams.yaml)");
  cmd->add_flag("--update", o->update,
                "Remove entries that no longer occur and lower counts; adds "
                "nothing");
  cmd->add_flag("--allow-additions", o->allow_additions,
                "Also accept new violations (grows the baseline)");
  return [o] { return run_baseline(*o); };
}

}  // namespace seams

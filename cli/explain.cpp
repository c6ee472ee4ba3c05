// `seams explain FROM TO`: every piece of evidence for one module edge.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
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

struct ExplainOptions {
  CommonOptions common;
  std::string from;
  std::string to;
};

int run_explain(const ExplainOptions& o) {
  Diagnostics diags;
  TerminalSink sink(o.common.verbose);
  auto analysis = analyze(o.common.analysis, diags, sink);
  if (!analysis) return code(ExitStatus::bad_input);
  const ModuleMap& map = *analysis->map;
  const auto from = module_named(map, o.from);
  if (!from) return code(ExitStatus::bad_input);
  const auto to = module_named(map, o.to);
  if (!to) return code(ExitStatus::bad_input);
  Report report = make_report(*analysis, sink);
  std::ostringstream out;
  write_explanation(report, *from, *to, out);
  if (!write_output("", out.str())) return code(ExitStatus::bad_input);
  return code(ExitStatus::ok);
}

}  // namespace

Runner register_explain(CLI::App& app) {
  auto o = std::make_shared<ExplainOptions>();
  CLI::App* cmd = app.add_subcommand(
      "explain", "Show every use behind the edge FROM -> TO");
  add_common_options(*cmd, o->common);
  cmd->add_option("from", o->from, "The depending module")->required();
  cmd->add_option("to", o->to, "The module depended on")->required();
  return [o] { return run_explain(*o); };
}

}  // namespace seams

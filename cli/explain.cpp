// `seams explain FROM TO`: every piece of evidence for one module edge.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/exit_status.h"
#include "cli/output.h"
#include "cli/terminal_sink.h"
#include "config/config_refs.h"
#include "reporters/reporter.h"

namespace seams {
namespace {

struct ExplainOptions {
  CommonOptions common;
  std::string from;
  std::string to;
};

// Closest module name by edit distance, for "did you mean".
std::string closest(const std::vector<std::string>& names,
                    const std::string& wanted) {
  std::string best;
  std::size_t best_d = 3;
  for (const auto& n : names) {
    if (const std::size_t d = config_detail::edit_distance(n, wanted);
        d < best_d)
      best_d = d, best = n;
  }
  return best;
}

int run_explain(const ExplainOptions& o) {
  Diagnostics diags;
  TerminalSink sink(o.common.verbose);
  auto analysis = analyze(o.common.analysis, diags, sink);
  if (!analysis) return code(ExitStatus::bad_input);
  const ModuleMap& map = *analysis->map;
  auto from = map.find(o.from);
  auto to = map.find(o.to);
  for (const auto& [name, id] :
       {std::pair{o.from, from}, std::pair{o.to, to}}) {
    if (id) continue;
    std::string hint = closest(map.names(), name);
    fmt::print(stderr, "seams: error: unknown module '{}'{}\n", name,
               hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint));
    return code(ExitStatus::bad_input);
  }
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

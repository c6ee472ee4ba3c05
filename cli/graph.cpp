// `seams graph`: the module graph for other tools (DOT, Mermaid, JSON).
#include <CLI/CLI.hpp>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/exit_status.h"
#include "cli/output.h"
#include "cli/pipeline.h"
#include "reporters/reporter.h"

namespace seams {
namespace {

struct GraphOptions {
  CommonOptions common;
  std::string format = "dot";
  std::string output;
};

int run_graph(const GraphOptions& o) {
  Diagnostics diags;
  if (!check_output_path(o.output)) return code(ExitStatus::bad_input);
  auto analysis = analyze(o.common, diags);
  if (!analysis) return code(ExitStatus::bad_input);
  Report report = make_report(*analysis);
  std::ostringstream out;
  find_graph_reporter(o.format)->write(report, out);
  if (!write_output(o.output, out.str())) return code(ExitStatus::bad_input);
  print_profile(o.common);
  return code(ExitStatus::ok);
}

}  // namespace

Runner register_graph(CLI::App& app) {
  auto o = std::make_shared<GraphOptions>();
  CLI::App* cmd = app.add_subcommand(
      "graph", "Print the module graph (dot, mermaid or json)");
  add_common_options(*cmd, o->common);
  cmd->add_option("--format", o->format, "Graph format: dot, mermaid or json")
      ->check(CLI::IsMember(graph_reporter_names()));
  cmd->add_option("-o,--output", o->output,
                  "Write the graph to this file instead of stdout");
  return [o] { return run_graph(*o); };
}

}  // namespace seams

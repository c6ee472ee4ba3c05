// `seams graph`: the module graph for other tools (DOT, Mermaid, JSON);
// `--fold-groups` draws each module group as one node.
#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/exit_status.h"
#include "cli/output.h"
#include "cli/terminal_sink.h"
#include "graph/group_fold.h"
#include "reporters/reporter.h"

namespace seams {
namespace {

struct GraphOptions {
  CommonOptions common;
  std::string format = "dot";
  std::string output;
  bool fold_groups = false;
  bool externals = false;
};

// `report` over the folded graph: what the graph formats read (violating
// edges and cycle members) mapped onto the folded nodes. Findings name
// original modules, so they stay behind.
Report folded_report(const Report& report, const FoldedGraph& folded) {
  Report out;
  out.map = folded.map.get();
  out.graph = &folded.graph;
  out.summary = report.summary;
  const auto node = [&](ModuleId id) {
    return folded.node_of[static_cast<std::size_t>(id)];
  };
  for (const auto& [from, to] : report.violating_edges)
    if (node(from) != node(to))
      out.violating_edges.insert({node(from), node(to)});
  for (ModuleId id : report.cycle_members) out.cycle_members.insert(node(id));
  return out;
}

int run_graph(const GraphOptions& o) {
  Diagnostics diags;
  if (!check_output_path(o.output)) return code(ExitStatus::bad_input);
  TerminalSink sink(o.common.verbose);
  auto analysis = analyze(o.common.analysis, diags, sink);
  if (!analysis) return code(ExitStatus::bad_input);
  Report report = make_report(*analysis, sink);
  report.show_libraries = o.externals;
  std::optional<FoldedGraph> folded;
  if (o.fold_groups) {
    folded = fold_groups(*analysis->map, analysis->graph);
    report = folded_report(report, *folded);
  }
  std::ostringstream out;
  find_reporter(Output::graph, o.format)->write(report, out);
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
  cmd->add_option("--format", o->format,
                  format_help(Output::graph, "Graph format"))
      ->check(CLI::IsMember(reporter_names(Output::graph)));
  cmd->add_option("-o,--output", o->output,
                  "Write the graph to this file instead of stdout");
  cmd->add_flag("--fold-groups", o->fold_groups,
                "Draw each module group (seams.yaml groups:) as one node; "
                "edges sum their members' uses, edges inside a group are "
                "dropped");
  CLI::Option* externals = cmd->add_flag(
      "--externals", o->externals,
      "Also draw the libraries of seams.yaml externals: and the modules' uses "
      "of them");
  cmd->get_option("--fold-groups")->excludes(externals);
  return [o] { return run_graph(*o); };
}

}  // namespace seams

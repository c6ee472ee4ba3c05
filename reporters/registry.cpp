// The reporters of each subcommand (one sorted line each) and shared helpers.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "reporters/reporter.h"

namespace seams {
namespace {

using Registry = std::vector<std::unique_ptr<Reporter>>;

Registry check_reporters() {
  Registry v;
  v.push_back(make_github_reporter());
  v.push_back(make_json_reporter());
  v.push_back(make_junit_reporter());
  v.push_back(make_markdown_reporter());
  v.push_back(make_sarif_reporter());
  v.push_back(make_text_reporter());
  return v;
}

Registry graph_reporters() {
  Registry v;
  v.push_back(make_dot_graph_reporter());
  v.push_back(make_json_graph_reporter());
  v.push_back(make_mermaid_graph_reporter());
  return v;
}

Registry score_reporters() {
  Registry v;
  v.push_back(make_score_json_reporter());
  v.push_back(make_score_text_reporter());
  return v;
}

Registry report_reporters() {
  Registry v;
  v.push_back(make_html_reporter());
  return v;
}

const Registry& registry(Output output) {
  static const Registry check = check_reporters();
  static const Registry graph = graph_reporters();
  static const Registry score = score_reporters();
  static const Registry report = report_reporters();
  switch (output) {
    case Output::check:
      return check;
    case Output::graph:
      return graph;
    case Output::score:
      return score;
    case Output::report:
      break;
  }
  return report;
}

}  // namespace

const Reporter* find_reporter(Output output, std::string_view format) {
  for (const auto& rep : registry(output))
    if (rep->name() == format) return rep.get();
  return nullptr;
}

std::vector<std::string> reporter_names(Output output) {
  std::vector<std::string> out;
  for (const auto& rep : registry(output)) out.emplace_back(rep->name());
  return out;
}

std::string format_help(Output output, std::string_view intro) {
  const std::vector<std::string> names = reporter_names(output);
  std::string list = names.empty() ? "" : names.front();
  for (std::size_t i = 1; i < names.size(); ++i)
    list += (i + 1 == names.size() ? " or " : ", ") + names[i];
  return fmt::format("{}: {}", intro, list);
}

void count_findings(Report& report) {
  report.summary.errors = static_cast<int>(std::count_if(
      report.findings.begin(), report.findings.end(),
      [](const Finding& f) { return f.severity == Severity::error; }));
  report.summary.warnings =
      static_cast<int>(report.findings.size()) - report.summary.errors;
  report.violating_edges.clear();
  report.cycle_members.clear();
  for (const Finding& f : report.findings) {
    if (f.from && f.to && f.severity == Severity::error &&
        f.rule != "unused-dependency")
      report.violating_edges.insert({*f.from, *f.to});
    if (!f.cycle.empty())
      report.cycle_members.insert(f.modules.begin(), f.modules.end());
  }
}

std::vector<const ModuleEdge*> drawn_library_edges(const Report& report) {
  std::vector<const ModuleEdge*> out;
  if (!report.show_libraries) return out;
  for (const ModuleEdge& e : report.graph->library_edges())
    if (e.to != report.map->other_library()) out.push_back(&e);
  return out;
}

std::vector<ModuleId> drawn_libraries(const Report& report) {
  std::set<ModuleId> ids;
  for (const ModuleEdge* e : drawn_library_edges(report)) ids.insert(e->to);
  return {ids.begin(), ids.end()};
}

std::string describe(const Evidence& e) {
  switch (e.kind) {
    case UseKind::include:
      return fmt::format("includes {}", e.symbol);
    case UseKind::symbol:
    case UseKind::candidate:  // never linked (link.h)
      return fmt::format("uses {} ({})", e.symbol, e.target);
    case UseKind::macro:
      return fmt::format("expands macro {} ({})", e.symbol, e.target);
    case UseKind::declaration:
      return fmt::format("names {} through a forward declaration ({})",
                         e.symbol, e.target);
  }
  return {};
}

}  // namespace seams

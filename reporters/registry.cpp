// The reporters of each subcommand (one sorted line each) and shared helpers.
#include <fmt/format.h>

#include <algorithm>

#include "reporters/reporter.h"

namespace seams {
namespace {

using Registry = std::vector<std::unique_ptr<Reporter>>;

const Registry& check_reporters() {
  static const Registry r = [] {
    Registry v;
    v.push_back(make_github_reporter());
    v.push_back(make_json_reporter());
    v.push_back(make_junit_reporter());
    v.push_back(make_markdown_reporter());
    v.push_back(make_sarif_reporter());
    v.push_back(make_text_reporter());
    return v;
  }();
  return r;
}

const Registry& graph_reporters() {
  static const Registry r = [] {
    Registry v;
    v.push_back(make_dot_graph_reporter());
    v.push_back(make_json_graph_reporter());
    v.push_back(make_mermaid_graph_reporter());
    return v;
  }();
  return r;
}

const Reporter* find(const Registry& r, std::string_view name) {
  for (const auto& rep : r)
    if (rep->name() == name) return rep.get();
  return nullptr;
}

std::vector<std::string> names(const Registry& r) {
  std::vector<std::string> out;
  for (const auto& rep : r) out.emplace_back(rep->name());
  return out;
}

}  // namespace

const Reporter* find_check_reporter(std::string_view name) {
  return find(check_reporters(), name);
}
const Reporter* find_graph_reporter(std::string_view name) {
  return find(graph_reporters(), name);
}
std::vector<std::string> check_reporter_names() {
  return names(check_reporters());
}
std::vector<std::string> graph_reporter_names() {
  return names(graph_reporters());
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

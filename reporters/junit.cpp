// `seams check --format junit`: JUnit XML for CI test reports (GitLab,
// Jenkins, Azure). One test suite per enabled rule, one test case per rule x
// module pair: every dependency edge passes or fails each pair rule; a cycle
// is one test case named by its members. Errors are <failure>s carrying the
// evidence; warnings and uses the baseline accepts pass, with a note in
// <system-out>. Sorted, no timings: the same input gives the same bytes.
#include <fmt/format.h>

#include <map>

#include "base/text.h"
#include "reporters/reporter.h"
#include "rules/policy.h"
#include "rules/rule.h"

namespace seams {
namespace {

std::string xml(std::string_view s) { return escape_markup(s, Markup::xml); }

struct Case {
  std::vector<const Finding*> fresh;     // reported findings
  std::vector<const Finding*> accepted;  // baselined findings
  bool failed() const {
    for (const Finding* f : fresh)
      if (f->severity == Severity::error) return true;
    return false;
  }
};

// rule -> case name -> case, both sorted.
using Suites = std::map<std::string, std::map<std::string, Case>>;

std::string case_name(const Finding& f, const ModuleMap& map) {
  // An unused glob or group entry: its module (or group) and the entry.
  if (!f.config_entry.empty())
    return f.from ? fmt::format("{} -> {}", map.name(*f.from), f.config_entry)
                  : f.config_entry;
  if (f.from && f.to && f.cycle.empty())
    return fmt::format("{} -> {}", map.name(*f.from), map.name(*f.to));
  // A finding about one file (parse-failure): the file.
  if (f.cycle.empty() && f.config_location) return f.config_location->file;
  std::vector<std::string> names;
  for (ModuleId m : f.modules) names.push_back(map.name(m));
  return fmt::format("{}", fmt::join(names, ", "));
}

// unused-dependency judges what seams.yaml declares, not what the code uses.
void declared_pairs(const ModuleMap& map, std::map<std::string, Case>& cases) {
  for (const ModuleConfig& m : map.config().modules) {
    if (!m.depends_on) continue;
    for (const DependencyRef& dep : *m.depends_on)
      cases[fmt::format("{} -> {}", m.name, dep.name)];
  }
  for (const GroupConfig& g : map.config().groups) {
    if (!g.depends_on) continue;
    for (const DependencyRef& dep : *g.depends_on)
      cases[fmt::format("group {}: {}", g.name, dep.name)];
  }
}

Suites collect(const Report& r) {
  Suites suites;
  const auto& configured = r.map->config().rules;
  for (const auto& rule : builtin_rules()) {
    const std::string id(rule->id());
    auto it = configured.find(id);
    if (it != configured.end() && it->second == RuleSeverity::off) continue;
    auto& cases = suites[id];
    // One case per cycle, per file that could not be analyzed; added below.
    if (id == "cycle" || id == "parse-failure") continue;
    if (id == "stale-exception") {
      // One case per exception of a policy or a rule.
      for (const PolicyConfig& p : r.map->config().policies)
        for (const PolicyException& ex : p.except)
          cases[exception_name(p.id, ex)];
      for (const auto& [excepted, list] : r.map->config().rule_exceptions)
        for (const PolicyException& ex : list)
          cases[exception_name(excepted, ex)];
      if (cases.empty()) suites.erase(id);
      continue;
    }
    if (id == "unused-dependency") {
      declared_pairs(*r.map, cases);
      continue;
    }
    for (const ModuleEdge& e : r.graph->edges())
      cases[fmt::format("{} -> {}", r.map->name(e.from), r.map->name(e.to))];
  }
  // A policy is a rule over every module pair, like the built-in pair rules.
  for (const PolicyConfig& p : r.map->config().policies) {
    if (p.severity == RuleSeverity::off) continue;
    auto& cases = suites[p.id];
    for (const ModuleEdge& e : r.graph->edges())
      cases[fmt::format("{} -> {}", r.map->name(e.from), r.map->name(e.to))];
  }
  for (const Finding& f : r.findings)
    suites[f.rule][case_name(f, *r.map)].fresh.push_back(&f);
  if (r.baseline)
    for (const Finding& f : r.baseline->accepted)
      suites[f.rule][case_name(f, *r.map)].accepted.push_back(&f);
  if (auto it = suites.find("cycle"); it != suites.end() && it->second.empty())
    it->second["module graph"];  // a passing case: no cycle
  if (auto it = suites.find("parse-failure");
      it != suites.end() && it->second.empty())
    it->second["translation units"];  // a passing case: all were analyzed
  return suites;
}

std::string evidence_text(const Finding& f) {
  std::string out;
  if (f.config_location)
    out += fmt::format("{}:{}:{}: {}\n", f.config_location->file,
                       f.config_location->line, f.config_location->column,
                       f.message);
  for (const Evidence& e : f.evidence)
    out += fmt::format("{}:{}:{}: {}\n", e.file, e.line, e.column, describe(e));
  if (f.evidence.empty() && !f.config_location) out += f.message + "\n";
  return out;
}

void write_case(const std::string& rule, const std::string& name, const Case& c,
                std::ostream& out) {
  out << fmt::format("    <testcase name=\"{}\" classname=\"seams.{}\"",
                     xml(name), xml(rule));
  std::string notes;
  for (const Finding* f : c.fresh)
    if (f->severity == Severity::warning)
      notes += fmt::format("warning: {}\n{}", f->message, evidence_text(*f));
  int accepted = 0;
  for (const Finding* f : c.accepted)
    accepted += f->evidence.empty() ? 1 : static_cast<int>(f->evidence.size());
  if (accepted > 0)
    notes += fmt::format("{} violation{} accepted by the baseline\n", accepted,
                         accepted == 1 ? "" : "s");
  if (!c.failed() && notes.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  for (const Finding* f : c.fresh) {
    if (f->severity != Severity::error) continue;
    out << fmt::format(
        "      <failure type=\"{}\" message=\"{}\">{}</failure>\n", xml(rule),
        xml(f->message), xml(evidence_text(*f)));
  }
  if (!notes.empty())
    out << fmt::format("      <system-out>{}</system-out>\n", xml(notes));
  out << "    </testcase>\n";
}

// The baseline's own suite: stale entries fail the check unless allowed.
void write_baseline_suite(const BaselineStatus& b, std::ostream& out) {
  const bool failed = b.stale_fails && !b.stale.empty();
  out << fmt::format(
      "  <testsuite name=\"seams.baseline\" tests=\"1\" failures=\"{}\" "
      "errors=\"0\" skipped=\"0\">\n"
      "    <testcase name=\"no stale entries\" classname=\"seams.baseline\"",
      failed ? 1 : 0);
  if (b.stale.empty()) {
    out << "/>\n  </testsuite>\n";
    return;
  }
  std::string text;
  for (const StaleEntry& s : b.stale)
    text +=
        fmt::format("{}:{}: {} (accepted {}, found {})\n", b.file, s.entry.line,
                    describe(s.entry.key), s.entry.count, s.found);
  const std::string message = fmt::format(
      "{} stale baseline entr{}; run 'seams baseline --update' to lock the "
      "fix in",
      b.stale.size(), b.stale.size() == 1 ? "y" : "ies");
  out << ">\n";
  if (failed) {
    out << fmt::format(
        "      <failure type=\"stale-baseline\" message=\"{}\">{}</failure>\n",
        xml(message), xml(text));
  } else {
    out << fmt::format("      <system-out>{}\n{}</system-out>\n", xml(message),
                       xml(text));
  }
  out << "    </testcase>\n  </testsuite>\n";
}

class JunitReporter final : public Reporter {
 public:
  std::string_view name() const override { return "junit"; }
  void write(const Report& r, std::ostream& out) const override {
    const Suites suites = collect(r);
    int tests = r.baseline ? 1 : 0;
    int failures =
        r.baseline && r.baseline->stale_fails && !r.baseline->stale.empty();
    for (const auto& [rule, cases] : suites) {
      tests += static_cast<int>(cases.size());
      for (const auto& [name, c] : cases) failures += c.failed() ? 1 : 0;
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format(
        "<testsuites name=\"seams\" tests=\"{}\" failures=\"{}\" "
        "errors=\"0\">\n",
        tests, failures);
    for (const auto& [rule, cases] : suites) {
      int failed = 0;
      for (const auto& [name, c] : cases) failed += c.failed() ? 1 : 0;
      out << fmt::format(
          "  <testsuite name=\"seams.{}\" tests=\"{}\" failures=\"{}\" "
          "errors=\"0\" skipped=\"0\">\n",
          xml(rule), cases.size(), failed);
      for (const auto& [name, c] : cases) write_case(rule, name, c, out);
      out << "  </testsuite>\n";
    }
    if (r.baseline) write_baseline_suite(*r.baseline, out);
    out << "</testsuites>\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_junit_reporter() {
  return std::make_unique<JunitReporter>();
}

}  // namespace seams

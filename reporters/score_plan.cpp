// Text for one module of `seams score`: the extraction plan (`--module NAME`:
// what a service would have to offer and which edges must be cut, with every
// piece of evidence) and the coupling-score explanation (`--explain-score`).
#include <fmt/format.h>

#include <set>

#include "reporters/reporter.h"
#include "reporters/score.h"

namespace seams {
namespace {

std::string plural(int n, const std::string& word) {
  return fmt::format("{} {}{}", n, word,
                     n == 1                ? ""
                     : word.ends_with("s") ? "es"
                                           : "s");
}

// A use of an API symbol: the symbol and its home are on the line above.
std::string use_line(const Evidence& e) {
  return fmt::format(
      "    {}:{}:{}{}\n", e.file, e.line, e.column,
      e.context.empty() ? "" : fmt::format(": in {}", e.context));
}

std::string evidence_line(const Evidence& e) {
  return fmt::format("    {}:{}:{}: {}{}\n", e.file, e.line, e.column,
                     describe(e),
                     e.context.empty() ? "" : fmt::format(" in {}", e.context));
}

std::string join_names(const ModuleMap& map, const std::vector<ModuleId>& ids) {
  std::vector<std::string> names;
  for (ModuleId id : ids) names.push_back(map.name(id));
  return fmt::format("{}", fmt::join(names, ", "));
}

void write_plan_header(const Report& r, const ModuleScore& s,
                       std::ostream& out) {
  const ModuleMetrics& m = s.metrics;
  out << fmt::format("extraction plan for {}: rank {} of {}, {}\n",
                     r.map->name(s.id), s.rank, r.scores->modules.size(),
                     to_string(s.quadrant));
  out << fmt::format("  {}\n", s.rationale);
  out << fmt::format(
      "  fan-in {}, fan-out {}, afferent uses {}, efferent uses {}, "
      "instability {:.2f}\n  abstractness {:.2f} ({} of {}), distance "
      "{:.2f}, cohesion {:.2f}\n  {} of {} used by other modules{}\n",
      m.fan_in, m.fan_out, m.afferent_uses, m.efferent_uses, m.instability,
      m.abstractness, m.abstract_classes, plural(m.classes, "class"),
      m.distance, m.cohesion, m.exposed_files, plural(m.files, "file"),
      s.value_source == ValueSource::churn || !r.scores->history.available
          ? ""
          : fmt::format(", {} in the history window",
                        plural(s.commits, "commit")));
}

void write_api(const Report& r, const ModuleScore& s, std::ostream& out) {
  std::set<ModuleId> users;
  for (const ApiSymbol& a : s.api)
    users.insert(a.used_by.begin(), a.used_by.end());
  const std::string& name = r.map->name(s.id);
  out << fmt::format(
      "\nAPI surface: {} used by {} (what a {} service must offer)\n",
      plural(static_cast<int>(s.api.size()), "symbol"),
      plural(static_cast<int>(users.size()), "module"), name);
  if (s.api.empty()) out << "  none: no other module uses a symbol of it\n";
  for (const ApiSymbol& a : s.api) {
    out << fmt::format("  {} ({}{}): {} by {}\n", a.symbol,
                       a.target_public ? "" : "private: ", a.target,
                       plural(a.uses, "use"), join_names(*r.map, a.used_by));
    for (const Evidence& e : a.evidence) out << use_line(e);
  }
}

void write_outbound(const Report& r, const ModuleScore& s, std::ostream& out) {
  int uses = 0;
  for (const ModuleEdge* e : s.outbound) uses += e->uses();
  out << fmt::format("\noutbound edges to cut or replace: {}, {}\n",
                     plural(static_cast<int>(s.outbound.size()), "module"),
                     plural(uses, "use"));
  if (s.outbound.empty()) out << "  none: it uses no other module\n";
  for (const ModuleEdge* e : s.outbound) {
    out << fmt::format("  -> {}: {}, {}, {}\n", r.map->name(e->to),
                       plural(e->count(UseKind::include), "include"),
                       plural(e->count(UseKind::symbol), "symbol use"),
                       plural(e->count(UseKind::macro), "macro use"));
    for (const Evidence& ev : e->evidence) out << evidence_line(ev);
  }
}

struct TermRow {
  const char* name;
  double weight;
  double value;
  std::string from;
};

std::vector<TermRow> term_rows(const Report& r, const ModuleScore& s) {
  const Scores& sc = *r.scores;
  const ModuleMetrics& m = s.metrics;
  const CouplingTerms& t = s.terms;
  std::string co = "no history";
  if (sc.history.available)
    co = s.co_change_with
             ? fmt::format("{:.0f}% of commits shared with {}",
                           t.co_change * 100, r.map->name(*s.co_change_with))
             : fmt::format("no module shares {} commits with it",
                           kMinCoChangeCommits);
  return {
      {"breadth", kBreadthWeight, t.breadth,
       fmt::format("touches {} of {} other modules ({} in, {} out)",
                   m.neighbours, sc.other_modules, m.fan_in, m.fan_out)},
      {"intensity", kIntensityWeight, t.intensity,
       fmt::format("ln(1 + {:.1f}) / ln(1 + {:.1f}) weighted uses",
                   m.weighted_uses, sc.max_weighted_uses)},
      {"exposure", kExposureWeight, t.exposure,
       fmt::format("{} of {} used by other modules", m.exposed_files,
                   plural(m.files, "file"))},
      {"dependence", kDependenceWeight, t.dependence,
       fmt::format("{} of {} own uses leave it (cohesion {:.2f})",
                   m.efferent_uses, m.efferent_uses + m.internal_uses,
                   m.cohesion)},
      {"cycle", kCycleWeight, t.cycle,
       m.in_cycle ? "in a cycle with " + join_names(*r.map, m.cycle_peers)
                  : std::string("in no cycle")},
      {"co-change", kCoChangeWeight, t.co_change, co},
  };
}

void write_terms(const Report& r, const ModuleScore& s, std::ostream& out) {
  const Scores& sc = *r.scores;
  out << fmt::format("\n{}: coupling {:.2f}, value {}, {}\n", r.map->name(s.id),
                     s.coupling, value_label(s), to_string(s.quadrant));
  out << "  term        weight  value  part  from\n";
  for (const TermRow& t : term_rows(r, s))
    out << fmt::format("  {:<10}  {:>6.2f}  {:>5.2f}  {:>4.2f}  {}\n", t.name,
                       t.weight, t.value, t.weight * t.value, t.from);
  out << fmt::format(
      "  coupling = max(sum {:.2f}, co-change {:.2f}) = {:.2f}\n",
      s.weighted_sum, s.terms.co_change, s.coupling);
  out << fmt::format("  value {} {} {}, coupling {:.2f} {} {:.2f}: {}\n",
                     s.value,
                     high_value(s, sc) ? ">" : "<=", sc.value_threshold,
                     s.coupling, high_coupling(s, sc) ? ">=" : "<",
                     sc.coupling_threshold, to_string(s.quadrant));
}

}  // namespace

void write_extraction_plan(const Report& r, ModuleId module,
                           std::ostream& out) {
  const ModuleScore* s = r.scores->find(module);
  if (!s) return;
  write_plan_header(r, *s, out);
  write_api(r, *s, out);
  write_outbound(r, *s, out);
}

void write_score_explanation(const Report& r, std::optional<ModuleId> module,
                             std::ostream& out) {
  out << fmt::format(
      "sum = {:.2f} breadth + {:.2f} intensity + {:.2f} exposure\n"
      "    + {:.2f} dependence + {:.2f} cycle + {:.2f} co-change\n"
      "coupling = max(sum, co-change): modules that change together are "
      "coupled,\nwhatever the code shows. Terms are in [0, 1]; part = weight x "
      "value;\nsee docs/scoring.md.\n",
      kBreadthWeight, kIntensityWeight, kExposureWeight, kDependenceWeight,
      kCycleWeight, kCoChangeWeight);
  for (const ModuleScore& s : r.scores->modules)
    if (!module || s.id == *module) write_terms(r, s, out);
}

}  // namespace seams

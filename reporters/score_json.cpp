// `seams score --format json`: docs/design.md's version-1 score format in a
// fixed key order, numbers rounded to 2 decimals, so the same input gives the
// same bytes. Keys beyond the original format (coupling_terms, co_change,
// history) are additive.
#include "reporters/json_common.h"
#include "reporters/reporter.h"
#include "reporters/score.h"

namespace seams {
namespace {

using Json = nlohmann::ordered_json;

// An integral number prints as 3, not 3.0 (docs/design.md's `"value": 3`).
Json number(double x) {
  const double r = round2(x);
  if (r == static_cast<double>(static_cast<long long>(r)))
    return static_cast<long long>(r);
  return r;
}

Json names(const ModuleMap& map, const std::vector<ModuleId>& ids) {
  Json j = Json::array();
  for (ModuleId id : ids) j.push_back(map.name(id));
  return j;
}

Json metrics_json(const ModuleScore& s) {
  const ModuleMetrics& m = s.metrics;
  return {{"fan_in", m.fan_in},
          {"fan_out", m.fan_out},
          {"neighbours", m.neighbours},
          {"afferent_uses", m.afferent_uses},
          {"efferent_uses", m.efferent_uses},
          {"instability", round2(m.instability)},
          {"abstractness", round2(m.abstractness)},
          {"distance", round2(m.distance)},
          {"in_cycle", m.in_cycle},
          {"cohesion", round2(m.cohesion)},
          {"classes", m.classes},
          {"abstract_classes", m.abstract_classes},
          {"files", m.files},
          {"exposed_files", m.exposed_files},
          {"internal_uses", m.internal_uses},
          {"weighted_uses", round2(m.weighted_uses)},
          {"co_change", round2(s.terms.co_change)}};
}

Json terms_json(const CouplingTerms& t) {
  return {
      {"breadth", round2(t.breadth)},   {"intensity", round2(t.intensity)},
      {"exposure", round2(t.exposure)}, {"dependence", round2(t.dependence)},
      {"cycle", round2(t.cycle)},       {"co_change", round2(t.co_change)}};
}

Json plan_json(const ModuleScore& s, const ModuleMap& map, bool evidence,
               Json& outbound) {
  Json api = Json::array();
  for (const ApiSymbol& a : s.api) {
    Json j{{"symbol", a.symbol}, {"kind", std::string(to_string(a.kind))},
           {"target", a.target}, {"public", a.target_public},
           {"uses", a.uses},     {"used_by", names(map, a.used_by)}};
    if (evidence) {
      j["evidence"] = Json::array();
      for (const Evidence& e : a.evidence)
        j["evidence"].push_back(evidence_json(e));
    }
    api.push_back(std::move(j));
  }
  outbound = Json::array();
  for (const ModuleEdge* e : s.outbound) {
    Json j{{"to", map.name(e->to)},
           {"includes", e->count(UseKind::include)},
           {"symbols", e->count(UseKind::symbol)},
           {"macros", e->count(UseKind::macro)}};
    if (evidence) {
      j["evidence"] = Json::array();
      for (const Evidence& ev : e->evidence)
        j["evidence"].push_back(evidence_json(ev));
    }
    outbound.push_back(std::move(j));
  }
  return api;
}

Json module_json(const ModuleScore& s, const ModuleMap& map, bool evidence) {
  Json j{{"name", map.name(s.id)},
         {"value", s.value},
         {"value_source", std::string(to_string(s.value_source))}};
  if (s.value_source == ValueSource::churn) j["commits"] = s.commits;
  j["coupling"] = round2(s.coupling);
  j["quadrant"] = std::string(to_string(s.quadrant));
  j["rank"] = s.rank;
  j["rationale"] = s.rationale;
  j["metrics"] = metrics_json(s);
  j["coupling_terms"] = terms_json(s.terms);
  if (s.co_change_with) j["co_change_with"] = map.name(*s.co_change_with);
  Json outbound;
  j["api_surface"] = plan_json(s, map, evidence, outbound);
  j["outbound"] = outbound;
  return j;
}

Json history_json(const HistoryInfo& h) {
  if (!h.available) return {{"available", false}};
  return {{"available", true},          {"window_days", h.window_days},
          {"since", utc_date(h.since)}, {"until", utc_date(h.newest)},
          {"commits", h.commits},       {"capped", h.capped}};
}

Json pairs_json(const Scores& s, const ModuleMap& map) {
  Json pairs = Json::array();
  for (const CoChangePair& p : s.pairs)
    pairs.push_back({{"modules", names(map, {p.a, p.b})},
                     {"commits", p.together},
                     {"share", round2(p.share)},
                     {"static_uses", p.static_uses},
                     {"hidden", p.hidden}});
  return pairs;
}

}  // namespace

void write_score_json(const Report& r, std::optional<ModuleId> only,
                      std::ostream& out) {
  const Scores& s = *r.scores;
  Json doc;
  doc["version"] = 1;
  doc["thresholds"] = {{"value", number(s.value_threshold)},
                       {"coupling", round2(s.coupling_threshold)}};
  doc["history"] = history_json(s.history);
  Json modules = Json::array();
  for (const ModuleScore& m : s.modules)
    if (!only || m.id == *only)
      modules.push_back(module_json(m, *r.map, only.has_value()));
  doc["modules"] = modules;
  doc["co_change"] = pairs_json(s, *r.map);
  // Paths need not be UTF-8 (a Latin-1 file name); JSON must be: such bytes
  // become U+FFFD instead of an exception.
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

namespace {

class ScoreJsonReporter final : public Reporter {
 public:
  std::string_view name() const override { return "json"; }
  void write(const Report& r, std::ostream& out) const override {
    write_score_json(r, r.score_focus.plan, out);
  }
};

}  // namespace

std::unique_ptr<Reporter> make_score_json_reporter() {
  return std::make_unique<ScoreJsonReporter>();
}

}  // namespace seams

// `seams check --format json`: docs/design.md's version-1 format, in a fixed
// key order so the same input gives the same bytes. Extensions beyond the
// original format are additive keys.
#include "reporters/json_common.h"
#include "reporters/reporter.h"

namespace seams {
namespace {

using Json = nlohmann::ordered_json;

Json finding_json(const Finding& f, const ModuleMap& map) {
  Json j;
  j["rule"] = f.rule;
  j["severity"] = std::string(to_string(f.severity));
  if (f.from) j["from"] = map.name(*f.from);
  if (f.to) j["to"] = map.name(*f.to);
  Json modules = Json::array();
  for (ModuleId m : f.modules) modules.push_back(map.name(m));
  j["modules"] = modules;
  j["message"] = f.message;
  j["fingerprint"] = f.fingerprint;
  Json evidence = Json::array();
  for (const Evidence& e : f.evidence) evidence.push_back(evidence_json(e));
  j["evidence"] = evidence;
  if (f.config_location) {
    j["location"] = {{"file", f.config_location->file},
                     {"line", f.config_location->line},
                     {"column", f.config_location->column}};
  }
  if (!f.cycle.empty()) {
    Json cycle = Json::array();
    for (ModuleId m : f.cycle) cycle.push_back(map.name(m));
    j["cycle"] = cycle;
    Json cut = Json::array();
    for (const CycleEdge& c : f.cut)
      cut.push_back({{"from", map.name(c.from)},
                     {"to", map.name(c.to)},
                     {"uses", c.uses}});
    j["cut"] = cut;
  }
  return j;
}

// With --baseline: what it accepted and which entries are stale, the same
// counts as the stderr line "baseline F: N new, N accepted, N stale entries".
Json baseline_status_json(const BaselineStatus& b,
                          const std::vector<Finding>& fresh) {
  Json stale = Json::array();
  for (const StaleEntry& s : b.stale)
    stale.push_back({{"line", s.entry.line},
                     {"entry", describe(s.entry.key)},
                     {"fingerprint", fingerprint(s.entry.key)},
                     {"accepted", s.entry.count},
                     {"found", s.found}});
  return {{"file", b.file},
          {"new", count_violations(fresh)},
          {"accepted", count_violations(b.accepted)},
          {"stale", stale},
          {"stale_fails", b.stale_fails}};
}

class JsonReporter final : public Reporter {
 public:
  std::string_view name() const override { return "json"; }
  void write(const Report& r, std::ostream& out) const override {
    Json doc;
    doc["version"] = 1;
    const Summary& s = r.summary;
    doc["summary"] = {{"translation_units", s.translation_units},
                      {"files", s.files},
                      {"modules", s.modules},
                      {"errors", s.errors},
                      {"warnings", s.warnings},
                      {"parse_failures", s.parse_failures},
                      {"unowned_files", s.unowned_files},
                      {"excluded_files", s.excluded_files},
                      {"coverage",
                       {{"owned_files", s.owned_files},
                        {"analyzed_files", s.analyzed_files}}}};
    Json deps = Json::array();
    for (const ModuleEdge& e : r.graph->edges()) {
      Json dep = {{"from", r.map->name(e.from)},
                  {"to", r.map->name(e.to)},
                  {"includes", e.count(UseKind::include)},
                  {"symbols", e.count(UseKind::symbol)},
                  {"macros", e.count(UseKind::macro)}};
      // Only with `forward_declarations: dependency`; absent otherwise.
      if (e.count(UseKind::declaration) > 0)
        dep["declarations"] = e.count(UseKind::declaration);
      deps.push_back(std::move(dep));
    }
    doc["dependencies"] = deps;
    Json findings = Json::array();
    for (const Finding& f : r.findings)
      findings.push_back(finding_json(f, *r.map));
    doc["findings"] = findings;
    Json not_analyzed = Json::array();
    for (const NotAnalyzed& n : r.not_analyzed)
      not_analyzed.push_back({{"file", n.file}, {"reason", n.reason}});
    doc["not_analyzed"] = not_analyzed;
    Json failures = Json::array();
    for (const TuFailure& f : r.failures)
      failures.push_back({{"file", f.file},
                          {"errors", f.error_count},
                          {"first", f.first_errors}});
    doc["parse_failures"] = failures;
    if (r.baseline)
      doc["baseline"] = baseline_status_json(*r.baseline, r.findings);
    // Paths need not be UTF-8 (a Latin-1 file name); JSON must be: such bytes
    // become U+FFFD instead of an exception.
    out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  }
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter() {
  return std::make_unique<JsonReporter>();
}

}  // namespace seams

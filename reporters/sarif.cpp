// `seams check --format sarif`: SARIF 2.1.0 for GitHub code scanning and other
// SARIF viewers. Rules carry ids and help; a pair finding gives one result per
// use (as the text format gives one line), a cycle one result with the other
// edges as related locations. partialFingerprints hold the violation's
// fingerprint, so an alert survives line moves. No timestamps: the same input
// gives the same bytes. tests/schema validates it against the official schema.
#include <fmt/format.h>

#include <cctype>
#include <map>

#include "base/version.h"
#include "reporters/json_common.h"
#include "reporters/reporter.h"
#include "rules/rule.h"
#include "rules/violation.h"

namespace seams {
namespace {

using Json = nlohmann::ordered_json;

std::string pascal_case(std::string_view id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-' || c == '/' || c == '_') {
      upper = true;
      continue;
    }
    out += upper
               ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
               : c;
    upper = false;
  }
  return out;
}

// A relative path as a URI reference: unreserved characters and '/' stay.
std::string uri(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || std::string_view("-._~/").find(static_cast<char>(
                               c)) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

Json location(std::string_view file, std::uint32_t line, std::uint32_t column) {
  Json physical{{"artifactLocation", {{"uri", uri(file)}}}};
  if (line > 0) {
    Json region{{"startLine", line}};
    if (column > 0) region["startColumn"] = column;
    physical["region"] = region;
  }
  return {{"physicalLocation", physical}};
}

struct RuleTable {
  Json descriptors = Json::array();
  std::map<std::string, int, std::less<>> index;
};

// Every registered rule, and any other rule id a finding carries (with its id
// as its only description).
RuleTable rule_table(const Report& r) {
  struct Texts {
    std::string summary, help, link;
  };
  std::map<std::string, Texts> texts;  // id -> texts, sorted
  std::map<std::string, Severity> levels;
  for (const auto& rule : builtin_rules()) {
    texts[std::string(rule->id())] = {std::string(rule->summary()),
                                      std::string(rule->help()), ""};
    levels[std::string(rule->id())] = rule->default_severity();
  }
  // The policies of seams.yaml are rules too: their message says what to do.
  for (const PolicyConfig& p : r.map->config().policies) {
    if (p.severity == RuleSeverity::off) continue;
    texts[p.id] = {p.message, p.message, p.link};
    levels[p.id] = p.severity == RuleSeverity::warning ? Severity::warning
                                                       : Severity::error;
  }
  // The plugins' rules: their summary, help and link (default level error:
  // a plugin gives each finding its own severity).
  for (const RuleDescription& d : r.extra_rules)
    texts[d.id] = {d.summary, d.help.empty() ? d.summary : d.help, d.link};
  for (const Finding& f : r.findings)
    texts.try_emplace(f.rule, Texts{f.rule, f.rule, ""});
  RuleTable t;
  for (const auto& [id, text] : texts) {
    const std::string& summary = text.summary;
    const std::string& help_text = text.help;
    auto level = levels.find(id);
    t.index[id] = static_cast<int>(t.descriptors.size());
    t.descriptors.push_back(
        {{"id", id},
         {"name", pascal_case(id)},
         {"shortDescription", {{"text", summary}}},
         {"fullDescription", {{"text", summary}}},
         {"help", {{"text", help_text}, {"markdown", help_text}}},
         {"defaultConfiguration",
          {{"level", level == levels.end()
                         ? "error"
                         : std::string(to_string(level->second))}}},
         {"properties", {{"tags", {"architecture", "modularity"}}}}});
    if (!text.link.empty()) t.descriptors.back()["helpUri"] = text.link;
  }
  return t;
}

Json result(const Finding& f, const RuleTable& t, const std::string& text,
            Json locations, const std::string& print, bool baselined_run) {
  Json j{{"ruleId", f.rule},
         {"ruleIndex", t.index.at(f.rule)},
         {"level", std::string(to_string(f.severity))},
         {"message", {{"text", text}}},
         {"locations", std::move(locations)},
         {"partialFingerprints", {{"seamsViolation/v1", print}}}};
  if (baselined_run) j["baselineState"] = "new";
  return j;
}

void add_results(const Finding& f, const Report& r, const RuleTable& t,
                 Json& results) {
  const bool baselined_run = r.baseline.has_value();
  const std::string print = fingerprint(finding_key(f, *r.map));
  if (!counts_per_use(f)) {
    Json locations = Json::array();
    Json related = Json::array();
    if (f.config_location) {
      const auto& c = *f.config_location;
      locations.push_back(location(c.file, c.line, c.column));
    }
    for (const Evidence& e : f.evidence) {
      Json loc = location(e.file, e.line, e.column);
      if (locations.empty()) {
        locations.push_back(loc);
        continue;
      }
      loc["id"] = static_cast<int>(related.size()) + 1;
      loc["message"] = {{"text", describe(e)}};
      related.push_back(loc);
    }
    Json j = result(f, t, f.message, locations, print + ":1", baselined_run);
    if (!related.empty()) j["relatedLocations"] = related;
    results.push_back(std::move(j));
    return;
  }
  std::map<std::string, int> seen;  // fingerprint -> occurrences so far
  for (const Evidence& e : f.evidence) {
    const std::string key = fingerprint(use_key(f, e, *r.map));
    const int n = ++seen[key];
    Json j = result(f, t, fmt::format("{}: {}", f.message, describe(e)),
                    Json::array({location(e.file, e.line, e.column)}),
                    fmt::format("{}:{}", key, n), baselined_run);
    j["properties"] = {{"from", r.map->name(*f.from)},
                       {"to", r.map->name(*f.to)},
                       {"kind", std::string(to_string(e.kind))},
                       {"symbol", e.symbol},
                       {"target", e.target}};
    results.push_back(std::move(j));
  }
}

Json notifications(const Report& r) {
  Json out = Json::array();
  for (const TuFailure& f : r.failures) {
    out.push_back(
        {{"level", "warning"},
         {"message",
          {{"text", fmt::format("failed to parse ({} errors); its facts may "
                                "be incomplete; first: {}",
                                f.error_count,
                                f.first_errors.empty() ? std::string()
                                                       : f.first_errors[0])}}},
         {"locations", Json::array({location(f.file, 0, 0)})}});
  }
  if (!r.baseline) return out;
  for (const StaleEntry& s : r.baseline->stale) {
    out.push_back(
        {{"level", r.baseline->stale_fails ? "error" : "warning"},
         {"message",
          {{"text",
            fmt::format("stale baseline entry {}: accepted {}, found {}; run "
                        "'seams baseline --update' to lock the fix in",
                        describe(s.entry.key), s.entry.count, s.found)}}},
         {"locations", Json::array({location(
                           r.baseline->file,
                           static_cast<std::uint32_t>(s.entry.line), 0)})}});
  }
  return out;
}

class SarifReporter final : public Reporter {
 public:
  std::string_view name() const override { return "sarif"; }
  void write(const Report& r, std::ostream& out) const override {
    const RuleTable t = rule_table(r);
    Json results = Json::array();
    for (const Finding& f : r.findings) add_results(f, r, t, results);
    Json invocation{{"executionSuccessful", true}};
    if (Json n = notifications(r); !n.empty())
      invocation["toolExecutionNotifications"] = n;
    Json driver{{"name", "seams"},
                {"semanticVersion", std::string(seams_version())},
                {"rules", t.descriptors}};
    Json run{{"tool", {{"driver", driver}}},
             {"invocations", Json::array({invocation})},
             {"results", results}};
    Json doc{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
             {"version", "2.1.0"},
             {"runs", Json::array({run})}};
    // Paths need not be UTF-8 (a Latin-1 file name); JSON must be: such bytes
    // become U+FFFD instead of an exception.
    out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  }
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter() {
  return std::make_unique<SarifReporter>();
}

}  // namespace seams

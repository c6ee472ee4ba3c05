// The rule interface. A rule reads the module graph and config and emits
// findings; it is one file plus one line in registry.cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/frontend.h"
#include "config/config.h"
#include "config/module_map.h"
#include "graph/graph.h"
#include "rules/finding.h"
#include "rules/suppressions.h"

namespace seams {

struct PolicyOutcome;  // policy.h

/// Everything a rule may look at. Grows by fields, so new inputs break no rule.
struct RuleInput {
  const Config& config;
  const ModuleMap& map;
  const ModuleGraph& graph;
  std::string config_display_path;  // seams.yaml as shown in findings (relative
                                    // to the root)
  /// TUs (and headers parsed on their own) that could not be analyzed; paths
  /// relative to the root. Null: none.
  const std::vector<TuFailure>* failures = nullptr;
  /// Today as YYYY-MM-DD, for the `until` of policy exceptions (the pipeline
  /// takes it from SOURCE_DATE_EPOCH when set, else the clock). Empty: no
  /// exception expires.
  std::string today = {};
  /// The `seams-allow(ID): reason` comments of the project's files. Null:
  /// none looked for.
  const std::vector<Suppression>* suppressions = nullptr;
  /// What the policies and suppressions left stale, set by run_rules before
  /// the last rule (`stale-exception`) runs.
  const PolicyOutcome* policies = nullptr;
};

/// Collects findings; the registry fills in severity and fingerprint.
class FindingSink {
 public:
  void add(Finding f) { findings_.push_back(std::move(f)); }
  std::vector<Finding>& findings() { return findings_; }

 private:
  std::vector<Finding> findings_;
};

class Rule {
 public:
  virtual ~Rule() = default;
  /// The contract id ("undeclared-dependency").
  virtual std::string_view id() const = 0;
  /// Severity when seams.yaml's `rules:` does not say.
  virtual Severity default_severity() const { return Severity::error; }
  /// One-sentence description: SARIF's shortDescription.
  virtual std::string_view summary() const = 0;
  /// How to fix a finding: SARIF's help.
  virtual std::string_view help() const = 0;
  virtual void check(const RuleInput& in, FindingSink& out) const = 0;
};

/// Every built-in rule, sorted by id, but `stale-exception` last: it reports
/// what the exceptions and suppressions of the others' findings left unused.
const std::vector<std::unique_ptr<Rule>>& builtin_rules();

/// The ids of builtin_rules(), sorted: what seams.yaml's `rules:` may name.
std::vector<std::string> rule_ids();

/// What load_config needs from the registry (the rule ids), for every caller
/// that reads seams.yaml.
ConfigVocabulary config_vocabulary();

/// Runs every enabled rule, applies severities from the config, fills
/// fingerprints, sorts.
std::vector<Finding> run_rules(const RuleInput& in);

/// A rule that is not in the registry (a plugin's), as SARIF lists it.
struct RuleDescription {
  std::string id;  // "team-ownership/cross-team"
  std::string summary;
  std::string help;  // how to fix; may be empty
  std::string link;  // helpUri; may be empty
};

/// run_rules in steps, for rules that run outside seams (plugins, whose ids
/// are namespaced "NAME/RULE") and see the built-in findings:
///   RuleRun run = start_rules(in);              // built-in rules, policies
///   add_external_findings(run, in, "team-ownership", ids, theirs);
///   std::vector<Finding> all = finish_rules(std::move(run), in);
/// Exceptions (`rules: {ID: {except}}`) and `seams-allow(ID)` comments of an
/// id "NAME/RULE" are judged only when plugin NAME's findings are added.
struct RuleRun {
  /// Built-in and policy findings: severity, fingerprint, exceptions and
  /// suppressions applied; then the external ones, likewise.
  std::vector<Finding> findings;
  std::vector<Finding> stale;  // stale-exception findings so far, no severity
  std::vector<Suppression> held;  // suppressions of "NAME/RULE" ids
  std::vector<std::string> ids;   // every rule and policy id seen so far
};
RuleRun start_rules(const RuleInput& in);

/// Adds the findings of the rules of namespace `name` (`ids`, each
/// "NAME/RULE"): `rules:` severities (off drops them; otherwise the finding's
/// own severity stays the default), fingerprints, their exceptions and
/// suppressions.
void add_external_findings(RuleRun& run, const RuleInput& in,
                           const std::string& name,
                           const std::vector<std::string>& ids,
                           std::vector<Finding> findings);

/// The stale-exception rule over what the run left unused; sorts.
std::vector<Finding> finish_rules(RuleRun run, const RuleInput& in);

}  // namespace seams

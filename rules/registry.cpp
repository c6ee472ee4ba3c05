// The list of built-in rules (one line each, sorted; stale-exception last)
// and the loop that runs them.
#include <algorithm>

#include "rules/policy.h"
#include "rules/rule.h"
#include "rules/rules.h"
#include "rules/suppressions.h"

namespace seams {

const std::vector<std::unique_ptr<Rule>>& builtin_rules() {
  static const auto rules = [] {
    std::vector<std::unique_ptr<Rule>> r;
    r.push_back(make_cycle_rule());
    r.push_back(make_layering_rule());
    r.push_back(make_parse_failure_rule());
    r.push_back(make_private_access_rule());
    r.push_back(make_undeclared_dependency_rule());
    r.push_back(make_unused_dependency_rule());
    r.push_back(make_stale_exception_rule());  // last: judges what is excused
    return r;
  }();
  return rules;
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const auto& rule : builtin_rules()) ids.emplace_back(rule->id());
  std::sort(ids.begin(), ids.end());
  return ids;
}

ConfigVocabulary config_vocabulary() { return {rule_ids()}; }

namespace {

// Stable across line moves: the rule and the modules, or (for a finding about
// seams.yaml itself with no modules, e.g. a stale exception) its entry.
void fingerprint(Finding& f, const ModuleMap& map) {
  std::string key = f.rule;
  for (ModuleId m : f.modules) key += "|" + map.name(m);
  if (f.modules.empty() && !f.config_entry.empty()) key += "|" + f.config_entry;
  f.fingerprint = stable_hash(key);
}

// The rule's findings with their id, severity (seams.yaml's `rules:` over the
// default) and fingerprint; none when the rule is off.
std::vector<Finding> run_rule(const Rule& rule, const RuleInput& in) {
  Severity severity = rule.default_severity();
  if (auto it = in.config.rules.find(std::string(rule.id()));
      it != in.config.rules.end()) {
    switch (it->second) {
      case RuleSeverity::off:
        return {};
      case RuleSeverity::warning:
        severity = Severity::warning;
        break;
      case RuleSeverity::error:
        severity = Severity::error;
        break;
    }
  }
  FindingSink sink;
  rule.check(in, sink);
  for (Finding& f : sink.findings()) {
    f.rule = std::string(rule.id());
    f.severity = severity;
    fingerprint(f, in.map);
  }
  return std::move(sink.findings());
}

}  // namespace

std::vector<Finding> run_rules(const RuleInput& input) {
  PolicyOutcome policies = evaluate_policies(input);
  const auto& rules = builtin_rules();
  std::vector<Finding> all;
  for (std::size_t i = 0; i + 1 < rules.size(); ++i)
    for (Finding& f : run_rule(*rules[i], input)) all.push_back(std::move(f));
  for (Finding& f : apply_rule_exceptions(input, all))
    policies.stale.push_back(std::move(f));
  for (Finding& f : policies.findings) {
    fingerprint(f, input.map);
    all.push_back(std::move(f));
  }
  if (input.suppressions) {
    std::vector<std::string> ids = rule_ids();
    for (const PolicyConfig& p : input.config.policies) ids.push_back(p.id);
    for (Finding& f : apply_suppressions(all, *input.suppressions, ids))
      policies.stale.push_back(std::move(f));
  }
  RuleInput in = input;
  in.policies = &policies;
  for (Finding& f : run_rule(*rules.back(), in)) all.push_back(std::move(f));
  sort_findings(all, in.map);
  return all;
}

}  // namespace seams

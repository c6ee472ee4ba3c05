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

RuleRun start_rules(const RuleInput& input) {
  RuleRun run;
  PolicyOutcome policies = evaluate_policies(input);
  const auto& rules = builtin_rules();
  for (std::size_t i = 0; i + 1 < rules.size(); ++i)
    for (Finding& f : run_rule(*rules[i], input))
      run.findings.push_back(std::move(f));
  run.stale = std::move(policies.stale);
  for (Finding& f : apply_rule_exceptions(input, run.findings))
    run.stale.push_back(std::move(f));
  for (Finding& f : policies.findings) {
    fingerprint(f, input.map);
    run.findings.push_back(std::move(f));
  }
  run.ids = rule_ids();
  for (const PolicyConfig& p : input.config.policies) run.ids.push_back(p.id);
  if (input.suppressions) {
    // A plugin's ids are judged with its findings (add_external_findings).
    std::vector<Suppression> now;
    for (const Suppression& s : *input.suppressions)
      (rule_namespace(s.rule).empty() ? now : run.held).push_back(s);
    for (Finding& f : apply_suppressions(run.findings, now, run.ids))
      run.stale.push_back(std::move(f));
  }
  return run;
}

void add_external_findings(RuleRun& run, const RuleInput& in,
                           const std::string& name,
                           const std::vector<std::string>& ids,
                           std::vector<Finding> findings) {
  std::vector<Finding> kept;
  for (Finding& f : findings) {
    if (auto it = in.config.rules.find(f.rule); it != in.config.rules.end()) {
      if (it->second == RuleSeverity::off) continue;
      f.severity = it->second == RuleSeverity::warning ? Severity::warning
                                                       : Severity::error;
    }
    fingerprint(f, in.map);
    kept.push_back(std::move(f));
  }
  for (Finding& f : apply_rule_exceptions(in, kept, name))
    run.stale.push_back(std::move(f));
  run.ids.insert(run.ids.end(), ids.begin(), ids.end());
  std::vector<Suppression> now, later;
  for (Suppression& s : run.held)
    (rule_namespace(s.rule) == name ? now : later).push_back(std::move(s));
  run.held = std::move(later);
  for (Finding& f : apply_suppressions(kept, now, run.ids))
    run.stale.push_back(std::move(f));
  for (Finding& f : kept) run.findings.push_back(std::move(f));
}

std::vector<Finding> finish_rules(RuleRun run, const RuleInput& input) {
  PolicyOutcome policies;
  policies.stale = std::move(run.stale);
  RuleInput in = input;
  in.policies = &policies;
  std::vector<Finding> all = std::move(run.findings);
  for (Finding& f : run_rule(*builtin_rules().back(), in))
    all.push_back(std::move(f));
  sort_findings(all, in.map);
  return all;
}

std::vector<Finding> run_rules(const RuleInput& input) {
  return finish_rules(start_rules(input), input);
}

}  // namespace seams

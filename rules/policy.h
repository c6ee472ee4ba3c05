// The policies of seams.yaml (`policies:`), evaluated over the module graph's
// uses. A policy is a rule the team declares instead of writes:
//   policies:
//     vault-only-payments:
//       kind: only                  # only `from` may use `to`
//       from: [payments]
//       to: ["path:src/vault/**"]
//       message: "call payments::charge() instead"
//       except: [{file: "src/app/main.cpp", reason: "wires the vault", until:
//       2027-06-30}]
//   src/orders/cart.cpp uses vault::Card  ->  error [vault-only-payments]
// Each policy's findings carry its id as their rule; exceptions that excuse
// nothing, or have expired, become `stale-exception` findings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace seams {

struct PolicyOutcome {
  std::vector<Finding> findings;  // rule = policy id, severity set
  std::vector<Finding> stale;     // stale-exception findings, no severity yet
};

/// "vault-only-payments: src/app/shop.cpp" (with " -> TARGET" when it has
/// one): how an exception is named in findings and test reports, and its key.
std::string exception_name(const std::string& id, const PolicyException& ex);

/// Every use of the module graph judged by every policy of `in.config`.
PolicyOutcome evaluate_policies(const RuleInput& in);

/// `rules: {ID: {except: [...]}}`: removes from `findings` of rule ID the uses
/// an exception allows (and findings left with none); returns stale-exception
/// findings (no severity) for the exceptions that expired or excused nothing.
/// Only the ids of namespace `plugin` ("NAME/RULE") when it is given, else
/// only the ids of no namespace (built-in rules).
std::vector<Finding> apply_rule_exceptions(const RuleInput& in,
                                           std::vector<Finding>& findings,
                                           std::string_view plugin = {});

/// The namespace of a rule id: "team-ownership" for
/// "team-ownership/cross-team", empty for a built-in rule or a policy.
std::string_view rule_namespace(std::string_view id);

}  // namespace seams

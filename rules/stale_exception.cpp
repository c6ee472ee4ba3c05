// `stale-exception`: an exception of a policy that excuses no use any more, or
// whose `until` date has passed, and an inline `seams-allow(ID): reason` that
// excuses nothing or gives no reason, so exceptions cannot rot unnoticed:
//   policies: {no-legacy: {kind: forbid, to: [legacy], message: "...",
//              except: [{file: "src/app/old.cpp", reason: "migrating"}]}}
//   (src/app/old.cpp no longer uses legacy)
//   seams.yaml:9:15: warning: the exception of policy 'no-legacy' for
//   'src/app/old.cpp' matches no use; remove it [stale-exception]
// The policy pass (policy.cpp) and the suppressions (suppressions.cpp) find
// them; this rule, run last, gives them their id and severity.
#include "rules/policy.h"
#include "rules/rules.h"

namespace seams {
namespace {

class StaleExceptionRule final : public Rule {
 public:
  std::string_view id() const override { return "stale-exception"; }
  Severity default_severity() const override { return Severity::warning; }
  std::string_view summary() const override {
    return "An exception excuses no use (a policy's except: entry, an inline "
           "seams-allow comment), or its 'until' date has passed.";
  }
  std::string_view help() const override {
    return "Remove the exception (from seams.yaml, or the seams-allow "
           "comment) when it matches no use, and give every seams-allow a "
           "reason. When an exception has expired, fix the uses it excused, or "
           "renew it with a new 'until' and a reason a reviewer can check.";
  }
  void check(const RuleInput& in, FindingSink& out) const override {
    if (!in.policies) return;
    for (const Finding& f : in.policies->stale) out.add(f);
  }
};

}  // namespace

std::unique_ptr<Rule> make_stale_exception_rule() {
  return std::make_unique<StaleExceptionRule>();
}

}  // namespace seams

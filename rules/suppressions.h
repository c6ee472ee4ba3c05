// Inline suppressions: a comment on the line of a use, or on the line before,
// excuses that use from one rule or policy, with a reason:
//   #include "vault/card.h"  // seams-allow(vault-only-payments): wires the
//   vault
//   // seams-allow(private-access): until payments exports CardToken
//   auto t = payments::internal::CardToken::from_test_card();
// A suppression that excuses nothing (the use is gone, or the id is misspelt)
// or gives no reason is itself a `stale-exception` finding at its line.
#pragma once

#include <string>
#include <vector>

#include "config/module_map.h"
#include "rules/finding.h"

namespace seams {

struct Suppression {
  std::string file;  // relative to the project root
  int line = 0;      // 1-based
  int column = 0;    // of "seams-allow("
  std::string rule;
  std::string reason;  // empty: none given
};

/// The suppressions written in `files` (relative to `root`, sorted). Only a
/// file that contains "seams-allow(" is looked at line by line.
std::vector<Suppression> find_suppressions(
    const std::string& root, const std::vector<std::string>& files);

/// Removes from `findings` the uses that a suppression of their rule excuses
/// and the findings left with no use (cycles and findings about seams.yaml are
/// judged as a whole, not use by use, and stay). Returns a finding (rule
/// stale-exception, no severity) for each suppression that excused nothing or
/// gives no reason; `ids` are the rule and policy ids, for "did you mean".
std::vector<Finding> apply_suppressions(
    std::vector<Finding>& findings,
    const std::vector<Suppression>& suppressions,
    const std::vector<std::string>& ids);

}  // namespace seams

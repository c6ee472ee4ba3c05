// One use, one line: when one use breaks several rules (layering,
// undeclared-dependency and private-access on the same include, say), the
// line-per-use formats (text, github) print it once with all its rules. JSON
// and SARIF keep one result per rule, and the summary counts findings.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "rules/finding.h"

namespace seams {

/// A use and every finding that cites it (in the findings' order).
struct UseLine {
  const Evidence* evidence = nullptr;
  std::vector<const Finding*> findings;
  Severity severity() const;    // the most severe of `findings`
  std::string rules() const;    // "layering, undeclared-dependency"
  std::string message() const;  // the distinct messages, joined by "; "
};

/// The uses of one module pair's findings to print. Keeps each finding's
/// first `max_evidence` uses (0 = all), so no rule disappears behind another's
/// uses; sorted by position. `hidden` is the number of distinct uses left out.
struct PairUses {
  std::vector<UseLine> shown;
  std::size_t hidden = 0;
};
PairUses merge_uses(const std::vector<const Finding*>& findings,
                    int max_evidence);

/// Whether `f` is a finding on one module pair whose evidence is uses (not a
/// cycle, not an unused dependency pointing at seams.yaml): those merge.
bool is_use_finding(const Finding& f);

/// Splits sorted findings into runs to print together: consecutive use
/// findings of the same module pair form one run, any other finding is a run of
/// its own.
std::vector<std::vector<const Finding*>> runs_by_pair(
    const std::vector<Finding>& findings);

}  // namespace seams

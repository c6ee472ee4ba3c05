// Violations: the unit the baseline counts and SARIF fingerprints. A finding
// about A -> B holds many uses; each distinct (rule, from, to, file, kind,
// symbol or header) is one violation, counted once per use. A cycle is one
// violation keyed by its sorted members. Keys hold no line numbers, so moving
// code or editing unrelated lines does not change them.
#pragma once

#include <compare>
#include <string>
#include <vector>

#include "config/module_map.h"
#include "graph/graph.h"
#include "rules/finding.h"

namespace seams {

/// What identifies a violation. Every field is readable, so a baseline diff
/// says what was accepted.
struct ViolationKey {
  std::string rule;
  std::string from;                  // empty for a cycle
  std::string to;                    // empty for a cycle
  std::vector<std::string> modules;  // a cycle's members, sorted; else empty
  std::string file;    // where the use is written; empty without evidence
  std::string kind;    // include | symbol | macro; empty without evidence
  std::string symbol;  // qualified or macro name; an include's header path
  auto operator<=>(const ViolationKey&) const = default;
};

std::ostream& operator<<(std::ostream& os, const ViolationKey& k);

/// One line for people: "undeclared-dependency: orders -> billing:
/// src/orders/checkout.cpp uses billing::Invoice", "cycle: a, b".
std::string describe(const ViolationKey& key);

/// 16 hex digits hashing every field of `key`, e.g. "3f1c0d9a6b2e4478".
std::string fingerprint(const ViolationKey& key);

/// Whether `f` is counted per use (a pair finding with evidence) rather than
/// once (a cycle, or a finding without evidence such as unused-dependency).
bool counts_per_use(const Finding& f);

/// What a baseline counts in `findings`: their uses, or 1 for a finding counted
/// once.
int count_violations(const std::vector<Finding>& findings);

/// The key of use `e` of pair finding `f`:
///   orders -> billing, checkout.cpp uses billing::Invoice at line 14 ->
///   {undeclared-dependency, orders, billing, {}, checkout.cpp, symbol,
///   billing::Invoice}
ViolationKey use_key(const Finding& f, const Evidence& e, const ModuleMap& map);

/// The key of a finding counted once: a cycle by its members, otherwise by
/// rule, from and to.
ViolationKey finding_key(const Finding& f, const ModuleMap& map);

}  // namespace seams

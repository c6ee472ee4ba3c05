// Implements finding helpers: stable hashing and output order.
#include "rules/finding.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "base/hash.h"

namespace seams {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

std::string stable_hash(std::string_view text) { return hex64(fnv1a64(text)); }

void sort_findings(std::vector<Finding>& findings, const ModuleMap& map) {
  auto key = [&](const Finding& f) {
    std::vector<std::string> names;
    for (ModuleId m : f.modules) names.push_back(map.name(m));
    return std::tuple{f.from.has_value() ? 0 : 1, names, f.rule, f.message};
  };
  std::stable_sort(
      findings.begin(), findings.end(),
      [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

}  // namespace seams

// Implements the baseline's logic (see baseline.h): counting violations,
// splitting findings into new and accepted, and the `--update` merge.
#include "rules/baseline.h"

#include <algorithm>
#include <map>

namespace seams {
namespace {

using Counts = std::map<ViolationKey, int>;

Counts count_violations(const std::vector<Finding>& findings,
                        const ModuleMap& map) {
  Counts counts;
  for (const Finding& f : findings) {
    if (!counts_per_use(f)) {
      ++counts[finding_key(f, map)];
      continue;
    }
    for (const Evidence& e : f.evidence) ++counts[use_key(f, e, map)];
  }
  return counts;
}

Counts counts_of(const Baseline& b) {
  Counts counts;
  for (const BaselineEntry& e : b.entries) counts[e.key] += e.count;
  return counts;
}

Baseline baseline_of(const Counts& counts) {
  Baseline b;
  for (const auto& [key, n] : counts)
    if (n > 0) b.entries.push_back({key, n, 0});
  return b;
}

// Moves `f`'s uses into the accepted or the fresh copy, consuming `left`.
void split_uses(const Finding& f, const ModuleMap& map, Counts& left,
                BaselineComparison& out) {
  Finding fresh = f;
  Finding accepted = f;
  fresh.evidence.clear();
  accepted.evidence.clear();
  for (const Evidence& e : f.evidence) {
    auto it = left.find(use_key(f, e, map));
    if (it != left.end() && it->second > 0) {
      --it->second;
      accepted.evidence.push_back(e);
    } else {
      fresh.evidence.push_back(e);
    }
  }
  if (!fresh.evidence.empty()) out.fresh.push_back(std::move(fresh));
  if (!accepted.evidence.empty()) out.accepted.push_back(std::move(accepted));
}

}  // namespace

Baseline make_baseline(const std::vector<Finding>& findings,
                       const ModuleMap& map) {
  return baseline_of(count_violations(findings, map));
}

BaselineComparison compare_with_baseline(const std::vector<Finding>& findings,
                                         const Baseline& baseline,
                                         const ModuleMap& map) {
  BaselineComparison out;
  Counts left = counts_of(baseline);
  for (const Finding& f : findings) {
    if (counts_per_use(f)) {
      split_uses(f, map, left, out);
      continue;
    }
    auto it = left.find(finding_key(f, map));
    if (it != left.end() && it->second > 0) {
      --it->second;
      out.accepted.push_back(f);
    } else {
      out.fresh.push_back(f);
    }
  }
  const Counts found = count_violations(findings, map);
  for (const BaselineEntry& e : baseline.entries) {
    auto it = found.find(e.key);
    const int n = it == found.end() ? 0 : it->second;
    if (n < e.count) out.stale.push_back({e, n});
  }
  return out;
}

BaselineUpdate update_baseline(const Baseline& old, const Baseline& today,
                               bool allow_additions) {
  BaselineUpdate u;
  const Counts before = counts_of(old);
  Counts after = counts_of(today);
  for (const auto& [key, was] : before) after.try_emplace(key, 0);
  for (auto& [key, now] : after) {
    auto it = before.find(key);
    const int was = it == before.end() ? 0 : it->second;
    if (!allow_additions && now > was) {
      u.left_out += now - was;
      now = was;
    }
    if (was > 0 && now == 0) ++u.removed;
    if (now > 0 && now < was) ++u.lowered;
    if (was == 0 && now > 0) ++u.added;
    if (was > 0 && now > was) ++u.raised;
  }
  u.result = baseline_of(after);
  return u;
}

}  // namespace seams

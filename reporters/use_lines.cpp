// Implements use_lines.h.
#include "reporters/use_lines.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "reporters/report.h"

namespace seams {
namespace {

// A use's identity: its position and what it names (context is descriptive).
auto use_key(const Evidence& e) {
  return std::tie(e.file, e.line, e.column, e.kind, e.symbol, e.target);
}

struct ByUse {
  bool operator()(const Evidence* a, const Evidence* b) const {
    return use_key(*a) < use_key(*b);
  }
};

}  // namespace

Severity UseLine::severity() const {
  Severity s = Severity::warning;
  for (const Finding* f : findings) s = std::max(s, f->severity);
  return s;
}

std::string UseLine::rules() const {
  std::vector<std::string> ids;
  for (const Finding* f : findings)
    if (std::find(ids.begin(), ids.end(), f->rule) == ids.end())
      ids.push_back(f->rule);
  return fmt::format("{}", fmt::join(ids, ", "));
}

std::string UseLine::message() const {
  std::vector<std::string> messages;
  for (const Finding* f : findings)
    if (std::find(messages.begin(), messages.end(), f->message) ==
        messages.end())
      messages.push_back(f->message);
  return fmt::format("{}", fmt::join(messages, "; "));
}

bool is_use_finding(const Finding& f) {
  return f.from && f.to && f.cycle.empty() && !f.config_location;
}

PairUses merge_uses(const std::vector<const Finding*>& findings,
                    int max_evidence) {
  std::map<const Evidence*, std::vector<const Finding*>, ByUse> all;
  std::set<const Evidence*, ByUse> keep;
  for (const Finding* f : findings) {
    for (std::size_t i = 0; i < f->evidence.size(); ++i) {
      const Evidence* e = &f->evidence[i];
      all[e].push_back(f);  // the first finding's copy stands for the use
      if (i < shown_count(f->evidence.size(), max_evidence)) keep.insert(e);
    }
  }
  PairUses out;
  for (const auto& [e, citing] : all) {
    if (keep.contains(e))
      out.shown.push_back({e, citing});
    else
      ++out.hidden;
  }
  return out;
}

std::vector<std::vector<const Finding*>> runs_by_pair(
    const std::vector<Finding>& findings) {
  std::vector<std::vector<const Finding*>> runs;
  for (const Finding& f : findings) {
    const bool joins = !runs.empty() && is_use_finding(f) &&
                       is_use_finding(*runs.back().front()) &&
                       runs.back().front()->from == f.from &&
                       runs.back().front()->to == f.to;
    if (joins)
      runs.back().push_back(&f);
    else
      runs.push_back({&f});
  }
  return runs;
}

}  // namespace seams

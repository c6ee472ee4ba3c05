// The baseline (the ratchet): violations a team has accepted, with a count
// each. `seams check --baseline` reports only what the baseline does not
// accept, and fails on entries that no longer occur, so a fix gets locked in.
// Sits between the rules and the reporters; nlohmann/json stays in
// baseline_file.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "config/module_map.h"
#include "rules/finding.h"
#include "rules/violation.h"

namespace seams {

struct BaselineEntry {
  ViolationKey key;
  int count = 0;  // uses (or cycles) accepted; >= 1
  int line = 0;   // where the entry starts in the file read; 0 if made
};

/// Entries sorted by key, each key once.
struct Baseline {
  std::vector<BaselineEntry> entries;
};

/// An entry that occurs fewer times than accepted: a fixed violation.
struct StaleEntry {
  BaselineEntry entry;
  int found = 0;  // occurrences today, < entry.count
};

/// What a baseline makes of today's findings.
struct BaselineComparison {
  /// Findings, or their uses, beyond what the baseline accepts: the new ones.
  std::vector<Finding> fresh;
  /// Findings, or their uses, the baseline accepts.
  std::vector<Finding> accepted;
  std::vector<StaleEntry> stale;  // sorted by key
};

/// Counts every violation of `findings` (warnings too).
Baseline make_baseline(const std::vector<Finding>& findings,
                       const ModuleMap& map);

/// Splits `findings` by `baseline`. When a key occurs more often than
/// accepted, its first `count` uses (in evidence order: file, line, column)
/// are accepted and the rest are new.
BaselineComparison compare_with_baseline(const std::vector<Finding>& findings,
                                         const Baseline& baseline,
                                         const ModuleMap& map);

/// What `seams baseline --update` changed.
struct BaselineUpdate {
  Baseline result;
  int removed = 0;   // entries that no longer occur
  int lowered = 0;   // entries whose count went down
  int added = 0;     // new entries (only with allow_additions)
  int raised = 0;    // entries whose count went up (only with allow_additions)
  int left_out = 0;  // new violations not added (without allow_additions)
};

/// `--update`: removes entries and lowers counts to what `today` holds; adds
/// entries or raises counts only when `allow_additions`.
BaselineUpdate update_baseline(const Baseline& old, const Baseline& today,
                               bool allow_additions);

/// Reads a baseline file. A missing, unreadable or malformed file is an error
/// in `diags` with file:line:column; returns nullopt then.
std::optional<Baseline> read_baseline(const std::string& path,
                                      Diagnostics& diags);

/// The file's text: `version` and the entries, sorted, pretty-printed, each
/// with its readable fields next to its fingerprint. Same baseline, same bytes.
std::string baseline_json(const Baseline& baseline);

}  // namespace seams

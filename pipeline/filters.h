// The stage between the rules and the reporters of `seams check` (pipeline.h):
// the baseline (report only what it does not accept; fail on stale entries) and
// changed-files mode (report only what a change could have caused). The graph
// and the rules always see the whole project.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "pipeline/pipeline.h"
#include "reporters/report.h"
#include "rules/baseline.h"

namespace seams {

struct FilterOptions {
  std::string baseline;       // --baseline FILE
  bool allow_stale = false;   // --allow-stale
  std::string changed_since;  // --changed-since REF
  std::string changed_files;  // --changed-files FILE ("-" = stdin)
};

/// What must be read before the analysis, so a bad baseline fails at once.
struct Filters {
  std::optional<Baseline> baseline;
};

/// Reads the baseline when one is given; nullopt (diagnostics printed) when it
/// is missing or malformed: exit 2.
std::optional<Filters> load_filters(const FilterOptions& opts, Sink& sink);

/// Narrows `report` by the baseline, then to the changed files, recounts it,
/// and reports stale entries and a baseline summary to `sink`. Returns false
/// (diagnostics printed) when the changed files cannot be read: exit 2.
bool apply_filters(const FilterOptions& opts, const Filters& filters,
                   const Analysis& analysis, Report& report, Sink& sink);

/// Whether `report` fails the check: an error finding, or a stale baseline
/// entry without --allow-stale.
bool report_fails(const Report& report);

}  // namespace seams

// The outputs of `seams score`: the ranked table and the 2x2 matrix (text),
// the per-module extraction plan, the coupling-score explanation, and JSON.
// Each reads `report.scores` (set) plus the map and graph of the report.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "reporters/report.h"

namespace seams {

/// The ranked table (module, quadrant, value, coupling, fan-in/out, API size),
/// the matrix with module names, the change-coupling pairs and the thresholds;
/// fits 80 columns for module names of up to 21 characters.
void write_score_text(const Report& report, std::ostream& out);

/// `seams score --module NAME`: the module's score and metrics, its API
/// surface (each symbol with its uses, users and evidence) and its outbound
/// edges with every piece of evidence.
void write_extraction_plan(const Report& report, ModuleId module,
                           std::ostream& out);

/// `--explain-score [MODULE]`: the formula, then every term of the coupling
/// score (weight, value, contribution, and what it was computed from) for one
/// module or, without one, for all in rank order.
void write_score_explanation(const Report& report,
                             std::optional<ModuleId> module, std::ostream& out);

/// `seams score --format json`: docs/design.md's version-1 format plus additive
/// keys. With `only`, lists that module alone and adds the evidence of its API
/// symbols and outbound edges (the full plan).
void write_score_json(const Report& report, std::optional<ModuleId> only,
                      std::ostream& out);

/// "5 declared", "4 churn", "3 default".
std::string value_label(const ModuleScore& s);

/// "2024-06-30" (UTC) for a date in seconds since the epoch.
std::string utc_date(std::int64_t seconds);

}  // namespace seams

// `seams report`: the single-file HTML report (coupling heatmap, extraction
// matrix, module graph, findings). Consumes a Report with `scores` set;
// produces one self-contained page: CSS, script and data inlined, no network.
#pragma once

#include <ostream>

#include "reporters/report.h"

namespace seams {

/// Writes the whole page. Deterministic: the same report gives the same
/// bytes (no timestamps). Every name, path and symbol is escaped for its HTML
/// or script context. `report.scores` must be set; `report.max_evidence`
/// caps the evidence kept per edge and the API symbols listed per module (0 =
/// all).
///   seams report -o report.html  ->  <!DOCTYPE html>...<svg class="dsm">...
void write_html_report(const Report& report, std::ostream& out);

}  // namespace seams

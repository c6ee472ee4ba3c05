// What reporters format: the findings plus the context they need. Reporters
// only format; any fact they need is added here, never re-derived: one
// place for each fact (docs/architecture.md).
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analyzer/coverage.h"
#include "analyzer/frontend.h"
#include "config/module_map.h"
#include "graph/graph.h"
#include "rules/baseline.h"
#include "rules/finding.h"
#include "rules/rule.h"
#include "scoring/scoring.h"

namespace seams {

struct Summary {
  int translation_units = 0;
  int files = 0;  // project files analyzed (owned + unowned)
  int modules = 0;
  int errors = 0;
  int warnings = 0;
  int parse_failures = 0;
  int unowned_files = 0;
  int excluded_files = 0;
  int owned_files = 0;     // C/C++ files on disk that a module owns
  int analyzed_files = 0;  // of them, read by a TU or parsed on their own
};

/// What `check --baseline` found; `Report::findings` then holds only the new
/// findings (or uses).
struct BaselineStatus {
  std::string file;               // as given on the command line
  std::vector<Finding> accepted;  // findings (or uses) the baseline accepts
  std::vector<StaleEntry> stale;  // accepted violations that no longer occur
  bool stale_fails = true;        // false with --allow-stale
};

/// What `seams score` shows besides the ranking: `--module` (one module's
/// extraction plan) and `--explain-score [MODULE]` (the coupling terms).
struct ScoreFocus {
  std::optional<ModuleId> plan;            // --module
  bool explain = false;                    // --explain-score given
  std::optional<ModuleId> explain_module;  // its MODULE; none: every module
};

struct Report {
  const ModuleMap* map = nullptr;
  const ModuleGraph* graph = nullptr;
  std::vector<Finding> findings;  // sorted (sort_findings)
  Summary summary;
  std::vector<TuFailure> failures;        // paths relative to the root
  std::vector<NotAnalyzed> not_analyzed;  // owned files not analyzed, why
  bool color = false;                     // ANSI colour (text on a TTY only)
  int max_evidence = 10;  // text: evidence lines per finding; 0 = all
  std::optional<BaselineStatus> baseline;  // set by `check --baseline`
  const Scores* scores = nullptr;          // `seams score` and `report`
  /// The rules of the run's plugins (ids "NAME/RULE"), sorted by id: what
  /// SARIF lists beside the built-in rules and the policies.
  std::vector<RuleDescription> extra_rules;
  ScoreFocus score_focus;  // `seams score` only
  /// Module edges with an error-severity finding on them (not
  /// unused-dependency, which flags a missing edge), and every module in a
  /// cycle: what the graph formats highlight. Set by count_findings.
  std::set<std::pair<ModuleId, ModuleId>> violating_edges;
  std::set<ModuleId> cycle_members;
  /// Graph formats and the report also draw the edges to libraries of
  /// `externals:` (`graph --externals`; the report's heatmap hides them until
  /// asked).
  bool show_libraries = false;
};

/// The edges to libraries a graph draws: to named ones (never
/// `external:other`), in (from, to) order; none unless `show_libraries`.
std::vector<const ModuleEdge*> drawn_library_edges(const Report& report);
/// The libraries those edges reach, in id order.
std::vector<ModuleId> drawn_libraries(const Report& report);

/// How many of `total` items (evidence lines, API symbols) a format shows under
/// `max_evidence` (0 or less: all).
inline std::size_t shown_count(std::size_t total, int max_evidence) {
  return max_evidence > 0
             ? std::min(total, static_cast<std::size_t>(max_evidence))
             : total;
}

/// Counts errors and warnings of `report.findings` into `report.summary`, and
/// derives `violating_edges` and `cycle_members` from them.
void count_findings(Report& report);

}  // namespace seams

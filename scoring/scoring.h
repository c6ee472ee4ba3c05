// Extraction scoring: places every module on the value x coupling matrix
// (extract-first, extract-later, maybe-extract, keep-in-monolith), ranks them
// and says why. Consumes the metrics, the module graph and git history;
// produces plain values for the score reporters. The formula is in
// docs/scoring.md; keep the two in step.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "config/config.h"
#include "config/module_map.h"
#include "graph/graph.h"
#include "scoring/git_history.h"
#include "scoring/metrics.h"

namespace seams {

/// Contract values of the JSON `quadrant` field, in rank order.
enum class Quadrant {
  extract_first,
  extract_later,
  maybe_extract,
  keep_in_monolith
};
std::string_view to_string(Quadrant q);

/// Where a module's value comes from (JSON `value_source`).
enum class ValueSource { declared, churn, fallback };
std::string_view to_string(ValueSource s);  // "declared", "churn", "default"

/// The `scoring:` section of seams.yaml, validated.
struct ScoringOptions {
  std::optional<double> value_threshold;     // default: median of the values
  std::optional<double> coupling_threshold;  // default: median of couplings
  int churn_window_days = 180;
  int max_commits = 2000;
};

/// The known `scoring:` keys, in documentation order.
const std::vector<std::string>& scoring_keys();

/// Validates `config.scoring` (unknown keys, ranges) into options; errors name
/// the seams.yaml line. Returns nullopt when there was any error.
std::optional<ScoringOptions> scoring_options(const Config& config,
                                              Diagnostics& diags);

/// The terms of the coupling score, each in [0, 1]; the score is their
/// weighted sum (weights below, summing to 1).
struct CouplingTerms {
  double breadth = 0;     // modules it uses or is used by / other modules
  double intensity = 0;   // ln(1 + weighted uses) / ln(1 + the most of any)
  double exposure = 0;    // share of its files other modules use
  double dependence = 0;  // 1 - cohesion: share of its own uses that leave it
  double cycle = 0;       // 1 in a module cycle
  double co_change = 0;   // the highest change-coupling share with a module
};

inline constexpr double kBreadthWeight = 0.25;
inline constexpr double kIntensityWeight = 0.20;
inline constexpr double kExposureWeight = 0.15;
inline constexpr double kDependenceWeight = 0.10;
inline constexpr double kCycleWeight = 0.15;
inline constexpr double kCoChangeWeight = 0.15;

/// A pair needs this many shared commits before its change coupling counts;
/// a commit or two touching two modules is an accident, not a pattern.
inline constexpr int kMinCoChangeCommits = 3;
/// A pair that shares at least this share of commits but has at most
/// kFewStaticUses static uses between them is flagged as hidden coupling.
inline constexpr double kHiddenCouplingShare = 0.5;
inline constexpr int kFewStaticUses = 2;

/// Change coupling of two modules (a < b).
struct CoChangePair {
  ModuleId a{};
  ModuleId b{};
  int together = 0;     // commits touching both
  double share = 0;     // together / commits touching either
  int static_uses = 0;  // uses a -> b plus b -> a
  bool hidden = false;  // changes together, few static edges
};

struct ModuleScore {
  ModuleId id{};
  int value = 3;
  ValueSource value_source = ValueSource::fallback;
  int commits = 0;  // commits in the window touching it (with history)
  /// max(weighted sum of the terms, terms.co_change), rounded to 2 decimals
  /// as printed: two modules that change together in 80% of commits are
  /// coupled at least 0.8, whatever the code shows.
  double coupling = 0;
  double weighted_sum = 0;  // the sum alone, rounded
  CouplingTerms terms;
  std::optional<ModuleId> co_change_with;  // partner of terms.co_change
  Quadrant quadrant = Quadrant::keep_in_monolith;
  int rank = 0;  // 1 = the best candidate for extraction
  std::string rationale;
  ModuleMetrics metrics;
  std::vector<ApiSymbol> api;               // the extraction plan: inbound
  std::vector<const ModuleEdge*> outbound;  // and outbound (into the graph)
};

/// What the history window was, for the output.
struct HistoryInfo {
  bool available = false;
  std::string note;  // why not, when unavailable
  int window_days = 0;
  std::int64_t since = 0;
  std::int64_t newest = 0;
  int commits = 0;
  bool capped = false;
};

struct Scores {
  double value_threshold = 3;     // high value: value > threshold
  double coupling_threshold = 0;  // high coupling: coupling >= threshold
  bool value_threshold_configured = false;  // else the median
  bool coupling_threshold_configured = false;
  double max_weighted_uses = 0;  // the denominator of `intensity`
  int other_modules = 0;         // module count - 1
  HistoryInfo history;
  std::vector<ModuleScore> modules;  // by rank
  std::vector<CoChangePair> pairs;   // share desc, then a, b
  const ModuleScore* find(ModuleId id) const;
};

struct ScoreInput {
  const ModuleGraph& graph;
  const ModuleMap& map;
  const std::vector<ModuleMetrics>& metrics;  // by ModuleId
  const GitHistory& history;
  const ScoringOptions& options;
};

/// Scores, classifies and ranks every module. Deterministic: ties are broken
/// by module name.
Scores score_modules(const ScoreInput& in);

/// The two tests of the matrix. Ties go to the cautious side, so that
/// extract-first must clear both thresholds: a module at the value threshold is
/// not high value, one at the coupling threshold is highly coupled. A module
/// with no coupling at all never is (else a graph without edges would put every
/// module there).
bool high_value(const ModuleScore& s, const Scores& scores);
bool high_coupling(const ModuleScore& s, const Scores& scores);

/// x rounded to 2 decimals: what the outputs print and what thresholds
/// compare, so a printed "0.41 > 0.41" cannot happen.
double round2(double x);

}  // namespace seams

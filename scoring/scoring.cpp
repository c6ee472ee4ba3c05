// Implements scoring.h: value (declared, else churn, else 3), the coupling
// score (a weighted sum of six terms in [0, 1], raised to the change coupling
// when that is higher), thresholds (medians unless configured), quadrants,
// ranks and rationales. docs/scoring.md explains the formula; the constants
// live in scoring.h.
#include "scoring/scoring.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace seams {
namespace {

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Churn maps to 1..5 on a log scale relative to the busiest module: churn is
// heavy-tailed, and a linear scale would put almost every module at 1.
int churn_value(int commits, int most) {
  if (most <= 0) return 1;
  const double r = std::log1p(commits) / std::log1p(most);
  return 1 + static_cast<int>(std::lround(4 * r));
}

void assign_values(const ScoreInput& in, const ChangeStats& changes,
                   std::vector<ModuleScore>& out) {
  int most = 0;  // commits of the busiest module (0 without history)
  for (int c : changes.commits) most = std::max(most, c);
  for (ModuleScore& s : out) {
    s.commits = changes.available ? changes.commits[idx(s.id)] : 0;
    if (auto v = in.map.module_config(s.id).value) {
      s.value = *v, s.value_source = ValueSource::declared;
    } else if (most > 0) {
      s.value = churn_value(s.commits, most);
      s.value_source = ValueSource::churn;
    } else {
      s.value = 3, s.value_source = ValueSource::fallback;
    }
  }
}

std::vector<CoChangePair> co_change_pairs(const ScoreInput& in,
                                          const ChangeStats& changes) {
  std::vector<CoChangePair> pairs;
  for (const auto& [key, together] : changes.together) {
    if (together < kMinCoChangeCommits) continue;
    CoChangePair p{key.first, key.second,
                   together,  round2(changes.share(key.first, key.second)),
                   0,         false};
    for (const auto* e : {in.graph.edge(p.a, p.b), in.graph.edge(p.b, p.a)})
      if (e) p.static_uses += e->uses();
    p.hidden =
        p.share >= kHiddenCouplingShare && p.static_uses <= kFewStaticUses;
    pairs.push_back(p);
  }
  std::stable_sort(
      pairs.begin(), pairs.end(),
      [](const auto& x, const auto& y) { return x.share > y.share; });
  return pairs;
}

double weighted_sum(const CouplingTerms& t) {
  return kBreadthWeight * t.breadth + kIntensityWeight * t.intensity +
         kExposureWeight * t.exposure + kDependenceWeight * t.dependence +
         kCycleWeight * t.cycle + kCoChangeWeight * t.co_change;
}

void assign_coupling(const Scores& scores,
                     const std::vector<CoChangePair>& pairs,
                     std::vector<ModuleScore>& out) {
  for (ModuleScore& s : out) {
    const ModuleMetrics& m = s.metrics;
    CouplingTerms& t = s.terms;
    if (scores.other_modules > 0)
      t.breadth = static_cast<double>(m.neighbours) / scores.other_modules;
    if (scores.max_weighted_uses > 0)
      t.intensity =
          std::log1p(m.weighted_uses) / std::log1p(scores.max_weighted_uses);
    if (m.files > 0)
      t.exposure = static_cast<double>(m.exposed_files) / m.files;
    t.dependence = 1 - m.cohesion;
    t.cycle = m.in_cycle ? 1 : 0;
    // Pairs are sorted by share, so the first one naming the module is its
    // strongest change coupling.
    for (const CoChangePair& p : pairs) {
      if (p.a != s.id && p.b != s.id) continue;
      t.co_change = p.share;
      s.co_change_with = p.a == s.id ? p.b : p.a;
      break;
    }
    s.weighted_sum = round2(weighted_sum(t));
    s.coupling = round2(std::max(weighted_sum(t), t.co_change));
  }
}

Quadrant quadrant_of(bool high_value, bool high_coupling) {
  if (high_value)
    return high_coupling ? Quadrant::extract_later : Quadrant::extract_first;
  return high_coupling ? Quadrant::keep_in_monolith : Quadrant::maybe_extract;
}

std::string names(const ModuleMap& map, const std::vector<ModuleId>& ids) {
  std::vector<std::string> out;
  for (ModuleId id : ids) out.push_back(map.name(id));
  return fmt::format("{}", fmt::join(out, ", "));
}

std::string rationale(const ModuleScore& s, const Scores& scores,
                      const ModuleMap& map) {
  const ModuleMetrics& m = s.metrics;
  std::string value_note = std::string(to_string(s.value_source));
  if (s.value_source == ValueSource::churn)
    value_note =
        fmt::format("churn: {} commit{}", s.commits, s.commits == 1 ? "" : "s");
  std::string text = fmt::format(
      "{} value ({}, {}), {} coupling ({:.2f}): {} inbound module{}, {} "
      "outbound, {}",
      high_value(s, scores) ? "high" : "low", s.value, value_note,
      high_coupling(s, scores) ? "high" : "low", s.coupling, m.fan_in,
      m.fan_in == 1 ? "" : "s", m.fan_out,
      m.in_cycle ? "in a cycle with " + names(map, m.cycle_peers)
                 : std::string("no cycle"));
  if (s.co_change_with)
    text += fmt::format("; changes with {} in {:.0f}% of their commits",
                        map.name(*s.co_change_with), s.terms.co_change * 100);
  return text;
}

void rank(std::vector<ModuleScore>& out) {
  // Quadrants in priority order; inside one, more value first, then less
  // coupling; then the name (ids follow names).
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tuple{a.quadrant, -a.value, a.coupling, a.id} <
           std::tuple{b.quadrant, -b.value, b.coupling, b.id};
  });
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i].rank = static_cast<int>(i + 1);
}

HistoryInfo history_info(const GitHistory& h, const ScoringOptions& o) {
  return {h.available, h.note,   o.churn_window_days,
          h.since,     h.newest, static_cast<int>(h.commits.size()),
          h.capped};
}

// An error about a `scoring:` key, pointing at the line that sets it.
void scoring_error(const Config& config, const std::string& key,
                   const std::string& message, Diagnostics& diags) {
  auto it = config.scoring_locs.find(key);
  const ConfigLoc loc =
      it == config.scoring_locs.end() ? ConfigLoc{} : it->second;
  diags.error(config.display_path, loc.line, loc.column, message,
              loc.line > 0 ? read_source_line(config.path.string(), loc.line)
                           : std::string());
}

// Reads an integral key within [lo, hi] into `out`.
void read_count(const Config& config, const std::string& key, double v, int lo,
                int hi, int& out, Diagnostics& diags) {
  if (v != std::floor(v) || v < lo || v > hi) {
    scoring_error(config, key,
                  fmt::format("scoring key '{}' must be a whole number from {} "
                              "to {}, not '{}'",
                              key, lo, hi, v),
                  diags);
    return;
  }
  out = static_cast<int>(v);
}

void read_ratio(const Config& config, const std::string& key, double v,
                double lo, double hi, std::optional<double>& out,
                Diagnostics& diags) {
  if (v < lo || v > hi) {
    scoring_error(
        config, key,
        fmt::format("scoring key '{}' must be from {} to {}, not '{}'", key, lo,
                    hi, v),
        diags);
    return;
  }
  out = v;
}

}  // namespace

const std::vector<std::string>& scoring_keys() {
  static const std::vector<std::string> keys = {
      "value_threshold", "coupling_threshold", "churn_window_days",
      "max_commits"};
  return keys;
}

std::optional<ScoringOptions> scoring_options(const Config& config,
                                              Diagnostics& diags) {
  ScoringOptions o;
  const int errors_before = diags.error_count();
  for (const auto& [key, v] : config.scoring) {
    if (key == "value_threshold") {
      read_ratio(config, key, v, 1, 5, o.value_threshold, diags);
    } else if (key == "coupling_threshold") {
      read_ratio(config, key, v, 0, 1, o.coupling_threshold, diags);
    } else if (key == "churn_window_days") {
      read_count(config, key, v, 1, 36500, o.churn_window_days, diags);
    } else if (key == "max_commits") {
      read_count(config, key, v, 1, 10000000, o.max_commits, diags);
    } else {
      scoring_error(config, key,
                    fmt::format("unknown scoring key '{}'; expected one of: {}",
                                key, fmt::join(scoring_keys(), ", ")),
                    diags);
    }
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return o;
}

bool high_value(const ModuleScore& s, const Scores& scores) {
  return s.value > scores.value_threshold;
}

bool high_coupling(const ModuleScore& s, const Scores& scores) {
  return s.coupling > 0 && s.coupling >= scores.coupling_threshold;
}

double round2(double x) { return std::round(x * 100) / 100; }

std::string_view to_string(Quadrant q) {
  switch (q) {
    case Quadrant::extract_first:
      return "extract-first";
    case Quadrant::extract_later:
      return "extract-later";
    case Quadrant::maybe_extract:
      return "maybe-extract";
    case Quadrant::keep_in_monolith:
      return "keep-in-monolith";
  }
  return {};
}

std::string_view to_string(ValueSource s) {
  switch (s) {
    case ValueSource::declared:
      return "declared";
    case ValueSource::churn:
      return "churn";
    case ValueSource::fallback:
      return "default";
  }
  return {};
}

const ModuleScore* Scores::find(ModuleId id) const {
  for (const auto& m : modules)
    if (m.id == id) return &m;
  return nullptr;
}

Scores score_modules(const ScoreInput& in) {
  Scores scores;
  scores.history = history_info(in.history, in.options);
  const ChangeStats changes = module_changes(in.history, in.map);
  scores.other_modules = std::max(0, static_cast<int>(in.map.size()) - 1);
  for (const ModuleMetrics& m : in.metrics)
    scores.max_weighted_uses =
        std::max(scores.max_weighted_uses, m.weighted_uses);
  std::vector<ModuleScore> out(in.map.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].id = ModuleId{static_cast<std::uint32_t>(i)};
    out[i].metrics = in.metrics[i];
    out[i].api = api_surface(in.graph, out[i].id);
    out[i].outbound = outbound_edges(in.graph, out[i].id);
  }
  assign_values(in, changes, out);
  scores.pairs = co_change_pairs(in, changes);
  assign_coupling(scores, scores.pairs, out);
  std::vector<double> values, couplings;
  for (const ModuleScore& s : out) {
    values.push_back(s.value);
    couplings.push_back(s.coupling);
  }
  scores.value_threshold_configured = in.options.value_threshold.has_value();
  scores.coupling_threshold_configured =
      in.options.coupling_threshold.has_value();
  // Values sit on a 1..5 scale with many ties; the median of the distinct
  // values still splits [4, 5, 5] (at 4.5) where the plain median (5) would
  // leave no module above it.
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  scores.value_threshold =
      round2(in.options.value_threshold.value_or(median(values)));
  scores.coupling_threshold =
      round2(in.options.coupling_threshold.value_or(median(couplings)));
  for (ModuleScore& s : out) {
    s.quadrant = quadrant_of(high_value(s, scores), high_coupling(s, scores));
    s.rationale = rationale(s, scores, in.map);
  }
  rank(out);
  scores.modules = std::move(out);
  return scores;
}

}  // namespace seams

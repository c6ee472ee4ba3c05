// `seams score` as text: a ranked table and the value x coupling matrix that
// read well in an 80-column terminal, then change coupling and the thresholds
// they were cut at.
#include <fmt/format.h>

#include <ctime>

#include "reporters/reporter.h"
#include "reporters/score.h"

namespace seams {
namespace {

constexpr std::size_t kCellWidth = 28;   // inside a matrix cell
constexpr std::size_t kLabelWidth = 19;  // the matrix's row labels
constexpr std::size_t kMaxPairsShown = 10;

void write_table(const Report& r, std::ostream& out) {
  std::size_t w = 6;
  for (const auto& name : r.map->names()) w = std::max(w, name.size());
  const auto row = [&](auto rank, auto name, auto quadrant, auto value,
                       auto coupling, auto in, auto outb, auto api) {
    return fmt::format(
        "{:>2}  {:<{}}  {:<16}  {:<10}  {:>8}  {:>3}  {:>3}  {:>3}\n", rank,
        name, w, quadrant, value, coupling, in, outb, api);
  };
  out << row("#", "module", "quadrant", "value", "coupling", "in", "out",
             "api");
  for (const ModuleScore& s : r.scores->modules) {
    out << row(s.rank, r.map->name(s.id), to_string(s.quadrant), value_label(s),
               fmt::format("{:.2f}", s.coupling), s.metrics.fan_in,
               s.metrics.fan_out, s.api.size());
  }
}

// Module names of one quadrant, wrapped to the cell width.
std::vector<std::string> cell_lines(const Report& r, Quadrant q) {
  std::vector<std::string> lines{std::string(to_string(q))};
  std::string line;
  for (const ModuleScore& s : r.scores->modules) {
    if (s.quadrant != q) continue;
    const std::string& name = r.map->name(s.id);
    // "  a, b," must leave a space before the cell's right border.
    if (!line.empty() &&
        2 + line.size() + 2 + name.size() + 1 > kCellWidth - 2) {
      lines.push_back("  " + line + ",");
      line.clear();
    }
    line += line.empty() ? name : ", " + name;
  }
  lines.push_back(line.empty() ? "  -" : "  " + line);
  return lines;
}

void write_matrix_row(const std::string& label, std::vector<std::string> left,
                      std::vector<std::string> right, std::ostream& out) {
  const std::size_t n = std::max(left.size(), right.size());
  left.resize(n), right.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    out << fmt::format("{:<{}}| {:<{}}| {:<{}}|\n", i == 0 ? label : "",
                       kLabelWidth, left[i], kCellWidth - 1, right[i],
                       kCellWidth - 1);
  }
}

void write_matrix(const Report& r, std::ostream& out) {
  const Scores& s = *r.scores;
  const std::string rule =
      fmt::format("{:<{}}+{:-<{}}+{:-<{}}+\n", "", kLabelWidth, "", kCellWidth,
                  "", kCellWidth);
  out << fmt::format(
      "{:<{}}  {:<{}}  {}\n", "", kLabelWidth,
      fmt::format("low coupling (< {:.2f})", s.coupling_threshold),
      kCellWidth - 1,
      fmt::format("high coupling (>= {:.2f})", s.coupling_threshold));
  out << rule;
  write_matrix_row(fmt::format("high value (> {})", s.value_threshold),
                   cell_lines(r, Quadrant::extract_first),
                   cell_lines(r, Quadrant::extract_later), out);
  out << rule;
  write_matrix_row(fmt::format("low value (<= {})", s.value_threshold),
                   cell_lines(r, Quadrant::maybe_extract),
                   cell_lines(r, Quadrant::keep_in_monolith), out);
  out << rule;
}

void write_pairs(const Report& r, std::ostream& out) {
  const auto& pairs = r.scores->pairs;
  if (pairs.empty()) return;
  out << "\nchange coupling (share of the commits touching either that touch "
         "both):\n";
  for (std::size_t i = 0; i < pairs.size() && i < kMaxPairsShown; ++i) {
    const CoChangePair& p = pairs[i];
    out << fmt::format(
        "  {:<30} {:>3.0f}% of commits ({}), {} static use{}{}\n",
        r.map->name(p.a) + " + " + r.map->name(p.b), p.share * 100, p.together,
        p.static_uses, p.static_uses == 1 ? "" : "s",
        p.hidden ? ": hidden coupling" : "");
  }
  if (pairs.size() > kMaxPairsShown)
    out << fmt::format("  ... {} more pairs (--format json lists all)\n",
                       pairs.size() - kMaxPairsShown);
  for (const CoChangePair& p : pairs) {
    if (!p.hidden) continue;
    out << "  hidden coupling: these modules change together with few static "
           "edges;\n  extracting one alone would make a distributed "
           "monolith\n";
    break;
  }
}

std::string history_line(const HistoryInfo& h) {
  if (!h.available) return "history: none (undeclared values default to 3)";
  return fmt::format(
      "history: {}{} commit{} from {} to {} ({} days up to the newest "
      "commit{})",
      h.capped ? "the newest " : "", h.commits, h.commits == 1 ? "" : "s",
      utc_date(h.since), utc_date(h.newest), h.window_days,
      h.capped ? "; capped by max_commits" : "");
}

void write_footer(const Report& r, std::ostream& out) {
  const Scores& s = *r.scores;
  out << fmt::format("\nthresholds: value {} ({}), coupling {:.2f} ({})\n",
                     s.value_threshold,
                     s.value_threshold_configured ? "seams.yaml" : "median",
                     s.coupling_threshold,
                     s.coupling_threshold_configured ? "seams.yaml" : "median");
  out << history_line(s.history) << '\n';
  out << "next: seams score --module NAME (extraction plan), --explain-score "
         "[MODULE]\n";
}

}  // namespace

std::string value_label(const ModuleScore& s) {
  return fmt::format("{} {}", s.value, to_string(s.value_source));
}

std::string utc_date(std::int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday);
}

void write_score_text(const Report& r, std::ostream& out) {
  write_table(r, out);
  out << '\n';
  write_matrix(r, out);
  write_pairs(r, out);
  write_footer(r, out);
}

namespace {

// `seams score`: the ranking, or what --module and --explain-score ask for.
class ScoreTextReporter final : public Reporter {
 public:
  std::string_view name() const override { return "text"; }
  void write(const Report& r, std::ostream& out) const override {
    const ScoreFocus& focus = r.score_focus;
    if (focus.plan) write_extraction_plan(r, *focus.plan, out);
    if (focus.explain) {
      if (focus.plan) out << '\n';
      write_score_explanation(
          r, focus.explain_module ? focus.explain_module : focus.plan, out);
    }
    if (!focus.plan && !focus.explain) write_score_text(r, out);
  }
};

}  // namespace

std::unique_ptr<Reporter> make_score_text_reporter() {
  return std::make_unique<ScoreTextReporter>();
}

}  // namespace seams

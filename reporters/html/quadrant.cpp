// The extraction-matrix section: a scatter of business value against
// coupling score with the threshold lines and the quadrant names of
// docs/design.md, one marker per module (shape and colour per quadrant), labels
// placed where they do not collide; and the ranked list beside it. Reads
// Report::scores.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "reporters/html/parts.h"
#include "reporters/score.h"

namespace seams::html {
namespace {

constexpr double kWidth = 540, kHeight = 420;
constexpr double kLeft = 54, kRight = 14, kTop = 14, kBottom = 46;
constexpr double kPlotW = kWidth - kLeft - kRight;
constexpr double kPlotH = kHeight - kTop - kBottom;
constexpr double kFont = 11;

struct Box {
  double x0, y0, x1, y1;
  bool hits(const Box& o) const {
    return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
  }
};

struct Axes {
  double xmax = 1;
  double px(double coupling) const { return kLeft + coupling / xmax * kPlotW; }
  double py(double value) const { return kTop + (5.5 - value) / 5.0 * kPlotH; }
};

Axes axes(const Scores& s) {
  double top = s.coupling_threshold;
  for (const ModuleScore& m : s.modules) top = std::max(top, m.coupling);
  return {std::clamp(std::ceil((top + 0.05) * 10) / 10, 0.2, 1.0)};
}

// The quadrant areas and threshold lines (`names` false) or the quadrant
// names (`names` true, drawn last so no marker hides them).
void write_frame(const Scores& s, const Axes& a, bool names,
                 std::ostream& out) {
  // The value threshold line sits between the integer values it separates.
  const double vline = a.py(std::floor(s.value_threshold) + 0.5);
  const double cline = a.px(std::min(s.coupling_threshold, a.xmax));
  const Quadrant q[4] = {Quadrant::extract_first, Quadrant::extract_later,
                         Quadrant::maybe_extract, Quadrant::keep_in_monolith};
  const Box area[4] = {{kLeft, kTop, cline, vline},
                       {cline, kTop, kLeft + kPlotW, vline},
                       {kLeft, vline, cline, kTop + kPlotH},
                       {cline, vline, kLeft + kPlotW, kTop + kPlotH}};
  for (int i = 0; i < 4; ++i) {
    const Box& b = area[i];
    const bool right = i % 2 == 1, low = i >= 2;
    if (names)
      out << fmt::format(
          "<text class=\"quad-name\" x=\"{}\" y=\"{}\" text-anchor=\"{}\" "
          "fill=\"{}\">{}</text>\n",
          fixed(right ? b.x1 - 6 : b.x0 + 6, 1),
          fixed(low ? b.y1 - 7 : b.y0 + 16, 1), right ? "end" : "start",
          quadrant_colour(q[i]), quadrant_title(q[i]));
    else
      out << fmt::format(
          "<rect class=\"quad\" x=\"{}\" y=\"{}\" width=\"{}\" "
          "height=\"{}\" fill=\"{}\"/>\n",
          fixed(b.x0, 1), fixed(b.y0, 1), fixed(std::max(b.x1 - b.x0, 0.0), 1),
          fixed(std::max(b.y1 - b.y0, 0.0), 1), quadrant_colour(q[i]));
  }
  if (names) return;
  out << fmt::format(
      "<line class=\"thr\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>"
      "<line class=\"thr\" x1=\"{3}\" y1=\"{4}\" x2=\"{5}\" y2=\"{4}\"/>\n",
      fixed(cline, 1), fixed(kTop, 1), fixed(kTop + kPlotH, 1), fixed(kLeft, 1),
      fixed(vline, 1), fixed(kLeft + kPlotW, 1));
}

void write_axes(const Axes& a, std::ostream& out) {
  out << fmt::format("<path class=\"axis\" d=\"M{0} {1}V{2}H{3}\"/>\n",
                     fixed(kLeft, 1), fixed(kTop, 1), fixed(kTop + kPlotH, 1),
                     fixed(kLeft + kPlotW, 1));
  const double step = a.xmax > 0.6 ? 0.2 : 0.1;
  for (double t = 0; t <= a.xmax + 1e-9; t += step)
    out << fmt::format(
        "<text class=\"tick\" x=\"{}\" y=\"{}\" "
        "text-anchor=\"middle\">{}</text>",
        fixed(a.px(t), 1), fixed(kTop + kPlotH + 15, 1), fixed(t, 1));
  for (int v = 1; v <= 5; ++v)
    out << fmt::format(
        "<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        fixed(kLeft - 7, 1), fixed(a.py(v) + 4, 1), v);
  out << fmt::format(
      "\n<text class=\"axis-name\" x=\"{}\" y=\"{}\" "
      "text-anchor=\"middle\">coupling score &rarr;</text>"
      "<text class=\"axis-name\" transform=\"translate(16,{}) rotate(-90)\" "
      "text-anchor=\"middle\">business value &rarr;</text>\n",
      fixed(kLeft + kPlotW / 2, 1), fixed(kHeight - 8, 1),
      fixed(kTop + kPlotH / 2, 1));
}

struct Point {
  const ModuleScore* score;
  double x, y;
};

// Marker positions: modules that would sit on top of each other are nudged
// apart vertically, in rank order, so every marker stays visible.
std::vector<Point> place_points(const Scores& s, const Axes& a) {
  std::vector<Point> pts;
  for (const ModuleScore& m : s.modules) {
    Point p{&m, a.px(std::min(m.coupling, a.xmax)), a.py(m.value)};
    for (int tries = 1; tries < 12; ++tries) {
      const bool clash = std::any_of(pts.begin(), pts.end(), [&](auto& q) {
        return std::abs(q.x - p.x) < 9 && std::abs(q.y - p.y) < 9;
      });
      if (!clash) break;
      p.y = a.py(m.value) + (tries % 2 ? -1 : 1) * 9.0 * ((tries + 1) / 2);
    }
    pts.push_back(p);
  }
  return pts;
}

// The first free spot for a label beside its marker, or none.
std::optional<std::pair<Box, const char*>> label_spot(
    const Point& p, double width, const std::vector<Box>& taken) {
  const double h = kFont + 2;
  const std::pair<Box, const char*> spots[] = {
      {{p.x + 8, p.y - h / 2, p.x + 8 + width, p.y + h / 2}, "start"},
      {{p.x - 8 - width, p.y - h / 2, p.x - 8, p.y + h / 2}, "end"},
      {{p.x - width / 2, p.y - 8 - h, p.x + width / 2, p.y - 8}, "middle"},
      {{p.x - width / 2, p.y + 8, p.x + width / 2, p.y + 8 + h}, "middle"}};
  for (const auto& s : spots) {
    const Box& b = s.first;
    if (b.x0 < kLeft || b.x1 > kLeft + kPlotW || b.y0 < kTop ||
        b.y1 > kTop + kPlotH)
      continue;
    if (std::none_of(taken.begin(), taken.end(),
                     [&](const Box& t) { return t.hits(b); }))
      return s;
  }
  return std::nullopt;
}

void write_points(const Report& r, const Axes& a, std::ostream& out) {
  const std::vector<Point> pts = place_points(*r.scores, a);
  std::vector<Box> taken;
  for (const Point& p : pts)
    taken.push_back({p.x - 5, p.y - 5, p.x + 5, p.y + 5});
  for (const Point& p : pts) {
    const ModuleScore& s = *p.score;
    const std::string name = escape(r.map->name(s.id));
    out << fmt::format(
        "<g class=\"pt\" data-m=\"{}\" tabindex=\"0\" role=\"button\">"
        "<title>#{} {}: value {}, coupling {}, {}</title>",
        idx(s.id), s.rank, name, s.value, fixed(s.coupling, 2),
        quadrant_title(s.quadrant));
    out << quadrant_marker(s.quadrant, p.x, p.y, 6, "class=\"marker\"");
    const double width =
        static_cast<double>(label_width(r.map->name(s.id))) * kFont * 0.6;
    if (auto spot = label_spot(p, width, taken)) {
      taken.push_back(spot->first);
      const double x = std::string_view(spot->second) == "start"
                           ? spot->first.x0
                           : (std::string_view(spot->second) == "end"
                                  ? spot->first.x1
                                  : (spot->first.x0 + spot->first.x1) / 2);
      out << fmt::format(
          "<text class=\"pt-name\" x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}"
          "</text>",
          fixed(x, 1), fixed(spot->first.y1 - 3, 1), spot->second, name);
    }
    out << "</g>\n";
  }
}

void write_ranked(const Report& r, std::ostream& out) {
  out << "<div class=\"ranked\"><table class=\"rank-table\">\n"
         "<caption>Ranked for extraction</caption>\n<thead><tr><th>#</th>"
         "<th>module</th><th>quadrant</th><th>value</th><th>coupling</th>"
         "</tr></thead>\n<tbody>\n";
  for (const ModuleScore& s : r.scores->modules)
    out << fmt::format(
        "<tr data-m=\"{}\" tabindex=\"0\"><td class=\"n\">{}</td><td>{}</td>"
        "<td><svg class=\"glyph\" viewBox=\"0 0 14 14\" width=\"14\" "
        "height=\"14\" aria-hidden=\"true\">{}</svg> {}</td>"
        "<td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
        idx(s.id), s.rank, escape(r.map->name(s.id)),
        quadrant_marker(s.quadrant, 7, 7, 5, ""), quadrant_title(s.quadrant),
        escape(value_label(s)), fixed(s.coupling, 2));
  out << "</tbody></table></div>\n";
}

}  // namespace

std::string_view quadrant_title(Quadrant q) {
  switch (q) {
    case Quadrant::extract_first:
      return "Extract First";
    case Quadrant::extract_later:
      return "Extract Later";
    case Quadrant::maybe_extract:
      return "Maybe Extract";
    case Quadrant::keep_in_monolith:
      return "Keep in Monolith";
  }
  return {};
}

// Okabe-Ito: bluish green, blue, orange, reddish purple.
std::string_view quadrant_colour(Quadrant q) {
  switch (q) {
    case Quadrant::extract_first:
      return "#009e73";
    case Quadrant::extract_later:
      return "#0072b2";
    case Quadrant::maybe_extract:
      return "#c77c00";
    case Quadrant::keep_in_monolith:
      return "#cc79a7";
  }
  return {};
}

std::string quadrant_marker(Quadrant q, double x, double y, double r,
                            std::string_view attributes) {
  const std::string fill =
      fmt::format("fill=\"{}\" {}", quadrant_colour(q), attributes);
  switch (q) {
    case Quadrant::extract_first:
      return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" {}/>",
                         fixed(x, 1), fixed(y, 1), fixed(r, 1), fill);
    case Quadrant::extract_later:
      return fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}/>",
          fixed(x - r * 0.9, 1), fixed(y - r * 0.9, 1), fixed(r * 1.8, 1),
          fixed(r * 1.8, 1), fill);
    case Quadrant::maybe_extract:
      return fmt::format("<path d=\"M{} {}l{} {}l{} {}l{} {}z\" {}/>",
                         fixed(x, 1), fixed(y - r * 1.2, 1), fixed(r * 1.2, 1),
                         fixed(r * 1.2, 1), fixed(-r * 1.2, 1),
                         fixed(r * 1.2, 1), fixed(-r * 1.2, 1),
                         fixed(-r * 1.2, 1), fill);
    case Quadrant::keep_in_monolith:
      return fmt::format("<path d=\"M{} {}L{} {}H{}z\" {}/>", fixed(x, 1),
                         fixed(y - r * 1.1, 1), fixed(x + r * 1.1, 1),
                         fixed(y + r * 0.9, 1), fixed(x - r * 1.1, 1), fill);
  }
  return {};
}

void write_quadrant(const Report& r, const Model&, std::ostream& out) {
  out << "<section id=\"matrix-section\" aria-labelledby=\"matrix-h\">\n"
         "<h2 id=\"matrix-h\">Extraction matrix</h2>\n";
  if (!r.scores || r.scores->modules.empty()) {
    out << "<p>No scores.</p>\n</section>\n";
    return;
  }
  const Scores& s = *r.scores;
  out << fmt::format(
      "<p class=\"note\">High value: value &gt; {} ({}); high coupling: "
      "coupling &gt; {} ({}). Click a module for its extraction plan.</p>\n",
      fixed(s.value_threshold,
            s.value_threshold == std::floor(s.value_threshold) ? 0 : 1),
      s.value_threshold_configured ? "configured" : "median",
      fixed(s.coupling_threshold, 2),
      s.coupling_threshold_configured ? "configured" : "median");
  const Axes a = axes(s);
  out << fmt::format(
      "<div class=\"matrix-wrap\"><svg class=\"scatter\" id=\"scatter\" "
      "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" role=\"img\" aria-label=\"Business value "
      "against coupling score\">\n",
      kWidth, kHeight);
  write_frame(s, a, false, out);
  write_axes(a, out);
  write_points(r, a, out);
  write_frame(s, a, true, out);
  out << "</svg>\n";
  write_ranked(r, out);
  out << "</div>\n</section>\n";
}

}  // namespace seams::html

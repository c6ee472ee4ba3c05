// The module-graph section: the laid-out graph
// (reporters/html/graph_layout.cpp) as SVG. Layer bands behind, edges as curves
// (thicker for heavier coupling; violating edges vermillion and dashed; back
// edges leave from the top), then the module boxes, cycle members with a double
// border. With module groups, a second graph over the folded nodes follows,
// hidden until the page's "fold groups" toggle swaps the two (data-fold).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "reporters/html/parts.h"

namespace seams::html {
namespace {

struct Port {
  double top = 0, bottom = 0;  // x offsets from the node's centre
};

// The x an edge heads for when it leaves `from` or enters `to`: its nearest
// waypoint, else the other box.
double toward(const GraphLayout& g, std::size_t k, const GraphNode& other,
              bool from_source) {
  const auto& via = g.waypoints[k];
  if (via.empty()) return other.x;
  return from_source ? via.front() : via.back();
}

// Where each edge leaves and enters its boxes: spread along the side it uses,
// in the order of where it heads, so parallel edges do not overlap.
std::vector<std::pair<Port, Port>> ports(const Model& m, const GraphLayout& g) {
  struct Slot {
    double other_x;
    std::size_t edge;
    bool is_source;
  };
  std::vector<std::vector<Slot>> top(g.nodes.size()), bottom(g.nodes.size());
  for (std::size_t k = 0; k < m.cells.size(); ++k) {
    const GraphNode& a = g.nodes[idx(m.cells[k].edge->from)];
    const GraphNode& b = g.nodes[idx(m.cells[k].edge->to)];
    const bool down = b.row > a.row, up = b.row < a.row;
    (down ? bottom : top)[idx(a.id)].push_back(
        {toward(g, k, b, true), k, true});
    (up ? bottom : top)[idx(b.id)].push_back(
        {toward(g, k, a, false), k, false});
  }
  std::vector<std::pair<Port, Port>> out(m.cells.size());
  auto spread = [&](std::vector<Slot>& slots, const GraphNode& node,
                    bool is_top) {
    std::stable_sort(slots.begin(), slots.end(),
                     [](auto& a, auto& b) { return a.other_x < b.other_x; });
    const double step = std::min(10.0, (node.w - 12) / (slots.size() + 1.0));
    for (std::size_t i = 0; i < slots.size(); ++i) {
      const double off = (i - (slots.size() - 1) / 2.0) * step;
      Port& p = slots[i].is_source ? out[slots[i].edge].first
                                   : out[slots[i].edge].second;
      (is_top ? p.top : p.bottom) = off;
    }
  };
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    spread(top[i], g.nodes[i], true);
    spread(bottom[i], g.nodes[i], false);
  }
  return out;
}

// A curve with vertical tangents from (x0, y0) to (x1, y1).
std::string curve(double x0, double y0, double x1, double y1) {
  const double dy = (y1 - y0) / 2;
  return fmt::format("C{} {} {} {} {} {}", fixed(x0, 1), fixed(y0 + dy, 1),
                     fixed(x1, 1), fixed(y1 - dy, 1), fixed(x1, 1),
                     fixed(y1, 1));
}

std::string edge_path(const GraphLayout& g, std::size_t k, const GraphNode& a,
                      const GraphNode& b, const Port& pa, const Port& pb) {
  if (b.row == a.row) {  // an arc over the boxes
    const double sy = a.y - a.h / 2, lift = 26 + std::abs(b.x - a.x) * 0.08;
    return fmt::format(
        "M{} {}C{} {} {} {} {} {}", fixed(a.x + pa.top, 1), fixed(sy, 1),
        fixed(a.x + pa.top, 1), fixed(sy - lift, 1), fixed(b.x + pb.top, 1),
        fixed(sy - lift, 1), fixed(b.x + pb.top, 1), fixed(sy - 3, 1));
  }
  // Downwards from the bottom of a to the top of b, or upwards from the top
  // of a to the bottom of b, through the waypoints between the rows.
  const bool down = b.row > a.row;
  const double dir = down ? 1 : -1;
  double x = a.x + (down ? pa.bottom : pa.top), y = a.y + dir * a.h / 2;
  std::string d = fmt::format("M{} {}", fixed(x, 1), fixed(y, 1));
  int row = a.row;
  for (double via : g.waypoints[k]) {
    row += down ? 1 : -1;
    const double top = g.row_top[row], bottom = top + a.h;
    d += curve(x, y, via, down ? top : bottom);
    d += fmt::format("V{}", fixed(down ? bottom : top, 1));
    x = via;
    y = down ? bottom : top;
  }
  const double tx = b.x + (down ? pb.top : pb.bottom);
  return d + curve(x, y, tx, b.y - dir * (b.h / 2 + 3));
}

// One graph: the id of its SVG (which prefixes its markers' ids) and the
// attributes of its wrapper (the fold toggle's mark).
struct Variant {
  std::string_view id;
  std::string_view attributes;
};

void write_edges(const Report& r, const Model& m, const GraphLayout& g,
                 std::string_view id, std::ostream& out) {
  const auto port = ports(m, g);
  out << "<g class=\"edges\">\n";
  for (std::size_t k = 0; k < m.cells.size(); ++k) {
    const Cell& c = m.cells[k];
    const GraphNode& a = g.nodes[idx(c.edge->from)];
    const GraphNode& b = g.nodes[idx(c.edge->to)];
    out << fmt::format(
        "<path class=\"edge{}\" data-e=\"{}\" d=\"{}\" stroke-width=\"{}\" "
        "marker-end=\"url(#{}-{})\"><title>{} &rarr; {}: {} includes, {} "
        "symbols, {} macros</title></path>\n",
        c.severity > 0 ? " bad" : "", k,
        edge_path(g, k, a, b, port[k].first, port[k].second),
        fixed(1 + 2.5 * c.shade, 1), id, c.severity > 0 ? "arrow-bad" : "arrow",
        escape(r.map->name(c.edge->from)), escape(r.map->name(c.edge->to)),
        c.edge->count(UseKind::include), c.edge->count(UseKind::symbol),
        c.edge->count(UseKind::macro));
  }
  out << "</g>\n";
}

void write_nodes(const Report& r, const Model& m, const GraphLayout& g,
                 std::ostream& out) {
  out << "<g class=\"nodes\">\n";
  for (const GraphNode& n : g.nodes) {
    const bool cyc = m.in_cycle[idx(n.id)];
    out << fmt::format(
        "<g class=\"node{}\" data-m=\"{}\" tabindex=\"0\" role=\"button\">"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"6\"/>",
        cyc ? " cyc" : "", idx(n.id), fixed(n.x - n.w / 2, 1),
        fixed(n.y - n.h / 2, 1), fixed(n.w, 1), fixed(n.h, 1));
    if (cyc)
      out << fmt::format(
          "<rect class=\"inner\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
          "rx=\"4\"/>",
          fixed(n.x - n.w / 2 + 3, 1), fixed(n.y - n.h / 2 + 3, 1),
          fixed(n.w - 6, 1), fixed(n.h - 6, 1));
    out << fmt::format("<text x=\"{}\" y=\"{}\">{}</text></g>\n", fixed(n.x, 1),
                       fixed(n.y + 4, 1), escape(r.map->name(n.id)));
  }
  out << "</g>\n";
}

void write_svg(const Report& r, const Model& m, const Variant& v,
               std::ostream& out) {
  const GraphLayout g = layout_graph(r, m);
  out << fmt::format(
      "<div class=\"graph-scroll\"{2}><svg class=\"graph\" id=\"{3}\" "
      "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" role=\"img\" aria-label=\"Module "
      "graph\">\n",
      fixed(g.width, 1), fixed(g.height, 1), v.attributes, v.id);
  out << fmt::format(
      "<defs><marker id=\"{0}-arrow\" viewBox=\"0 0 10 10\" refX=\"8\" "
      "refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\" "
      "markerUnits=\"userSpaceOnUse\"><path d=\"M0 0L10 5L0 10z\" "
      "class=\"arrow\"/></marker><marker id=\"{0}-arrow-bad\" "
      "viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"8\" "
      "markerHeight=\"8\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">"
      "<path d=\"M0 0L10 5L0 10z\" class=\"arrow-bad\"/></marker></defs>\n",
      v.id);
  for (const GraphBand& b : g.bands) {
    if (b.name.empty()) continue;
    out << fmt::format(
        "<rect class=\"gband\" x=\"4\" y=\"{}\" width=\"{}\" height=\"{}\" "
        "rx=\"8\"/><text class=\"gband-name\" x=\"12\" y=\"{}\">{}</text>\n",
        fixed(b.y0, 1), fixed(g.width - 8, 1), fixed(b.y1 - b.y0, 1),
        fixed((b.y0 + b.y1) / 2 + 4, 1), escape(b.name));
  }
  write_edges(r, m, g, v.id, out);
  write_nodes(r, m, g, out);
  out << "</svg></div>\n";
}

}  // namespace

void write_graph(const Report& r, const Model& m, const FoldedView* folded,
                 std::ostream& out) {
  out << "<section id=\"graph-section\" aria-labelledby=\"graph-h\">\n"
         "<h2 id=\"graph-h\">Module graph</h2>\n"
         "<p class=\"note\">Top to bottom by layer, users above what they "
         "use. <span class=\"bad-key\">Dashed vermillion</span>: an edge a "
         "finding flags; double border: a module in a cycle; thicker: more "
         "coupling. Also <code>seams graph --format dot|mermaid|json</code>."
         "</p>\n";
  write_svg(r, m, {"graph", folded ? " data-fold=\"off\"" : ""}, out);
  if (folded)
    write_svg(folded->report, folded->model,
              {"graph-folded", " data-fold=\"on\" hidden"}, out);
  out << "</section>\n";
}

}  // namespace seams::html

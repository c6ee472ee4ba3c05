// The coupling heatmap (DSM) section: one SVG with a cell per module edge (row
// uses column), coloured by weight, outlined when a finding is on it, layers
// as blocks on the diagonal; its toolbar and legend. Empty cells are one
// background pattern, so the SVG grows with the edges, not with n^2. The
// script re-sorts and filters by moving the cells (data-e = edge index).
// With module groups, a second heatmap over the folded nodes follows, hidden
// until the page's "fold groups" toggle swaps the two (data-fold). The
// libraries of `externals:` are columns right of the modules' (no rows: seams
// sees no use written in them), hidden until the toolbar's checkbox shows
// them; their shades have their own scale, as a library used everywhere (the
// standard library) would wash out the modules' cells.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "reporters/html/parts.h"

namespace seams::html {
namespace {

// One heatmap: the id of its SVG (which prefixes the ids inside it), the
// attributes of its wrapper (the fold toggle's mark) and what its rows are.
struct Variant {
  std::string_view id;
  std::string_view attributes;
  std::string_view rows;
};

// The library columns of the modules' heatmap.
struct LibraryColumns {
  std::vector<ModuleId> ids;             // column order: by name
  std::vector<const ModuleEdge*> edges;  // module -> named library
  std::vector<std::size_t> column_of;    // per edge: index into ids
  double max_weight = 0;
  std::size_t max_label = 0;
};

LibraryColumns library_columns(const Report& r) {
  LibraryColumns out;
  std::vector<bool> seen(r.map->id_count(), false);
  for (const ModuleEdge& e : r.graph->library_edges()) {
    if (e.to == r.map->other_library()) continue;
    out.edges.push_back(&e);
    out.max_weight = std::max(out.max_weight, e.weight());
    seen[idx(e.to)] = true;
  }
  for (std::size_t i = r.map->size(); i < seen.size(); ++i)
    if (seen[i]) {
      out.ids.push_back(ModuleId{static_cast<std::uint32_t>(i)});
      out.max_label =
          std::max(out.max_label, label_width(r.map->name(out.ids.back())));
    }
  for (const ModuleEdge* e : out.edges)
    out.column_of.push_back(static_cast<std::size_t>(
        std::find(out.ids.begin(), out.ids.end(), e->to) - out.ids.begin()));
  return out;
}

struct Geometry {
  int cs = 0;         // cell size
  double font = 0;    // label font size
  double left = 0;    // x of the first column
  double top = 0;     // y of the first row
  double band = 0;    // width of the layer-name band, left of the labels
  double size = 0;    // n x cs
  std::size_t n = 0;  // modules
};

Geometry geometry(const Model& m, const LibraryColumns* libs) {
  Geometry g;
  g.n = m.level_order.size();
  g.cs =
      std::clamp(static_cast<int>(720 / std::max<std::size_t>(g.n, 1)), 4, 40);
  g.font = std::clamp(g.cs * 0.8, 3.0, 13.0);
  const double labels = static_cast<double>(m.max_label) * g.font * 0.62 + 10;
  std::size_t layer_label = 0;
  for (const LayerBlock& b : m.blocks)
    layer_label = std::max(layer_label, label_width(b.name));
  g.band = m.blocks.empty() ? 0 : layer_label * g.font * 0.62 + 14;
  g.left = g.band + labels;
  g.top = labels;
  if (libs)
    g.top = std::max(g.top,
                     static_cast<double>(libs->max_label) * g.font * 0.62 + 10);
  g.size = static_cast<double>(g.n * g.cs);
  return g;
}

void write_toolbar(const Report& r, const Model& m, const FoldedView* folded,
                   const LibraryColumns& libs, std::ostream& out) {
  out << "<div class=\"toolbar no-print\" role=\"toolbar\" "
         "aria-label=\"Heatmap controls\">\n"
         "<label>Order <select id=\"dsm-sort\">"
         "<option value=\"level\">by level (layers)</option>"
         "<option value=\"name\">by name</option>"
         "<option value=\"coupling\">by coupling score</option>"
         "</select></label>\n";
  out << "<label>Layer <select id=\"dsm-layer\"><option value=\"\">all "
         "layers</option>";
  // The value is the block's index, which each module's data carries.
  for (std::size_t b = 0; b < m.blocks.size(); ++b)
    out << fmt::format("<option value=\"{}\">{}</option>", b,
                       escape(m.blocks[b].name));
  out << "</select></label>\n"
         "<label>Module <input id=\"dsm-filter\" type=\"search\" "
         "placeholder=\"filter by name\" autocomplete=\"off\"></label>\n"
         "<span class=\"zoom\"><button type=\"button\" id=\"dsm-zoom-out\" "
         "aria-label=\"Zoom out\">&minus;</button><button type=\"button\" "
         "id=\"dsm-zoom-in\" aria-label=\"Zoom in\">+</button></span>\n";
  if (!libs.ids.empty())
    out << fmt::format(
        "<label{}><input type=\"checkbox\" id=\"dsm-externals\"> external "
        "libraries ({})</label>\n",
        folded ? " data-fold=\"off\"" : "", libs.ids.size());
  out << fmt::format(
      "<span class=\"hint\"{}>{} modules, {} edges &middot; click a cell for "
      "its evidence</span>\n",
      folded ? " data-fold=\"off\"" : "", r.map->size(), m.cells.size());
  if (folded) {
    const std::size_t groups = r.map->config().groups.size();
    const std::size_t others = folded->fold.map->size() - groups;
    out << fmt::format(
        "<span class=\"hint\" data-fold=\"on\" hidden>{} group{}, {} other "
        "module{}, {} edges &middot; click a cell for its evidence</span>\n",
        groups, groups == 1 ? "" : "s", others, others == 1 ? "" : "s",
        folded->model.cells.size());
  }
  out << "</div>\n";
}

void write_labels(const Report& r, const Model& m, const Geometry& g,
                  std::ostream& out) {
  out << "<g class=\"labels\" font-size=\"" << fixed(g.font, 1) << "\">\n";
  for (std::size_t i = 0; i < g.n; ++i) {
    const ModuleId id = m.level_order[i];
    const double mid = static_cast<double>(i * g.cs) + g.cs / 2.0;
    const std::string name = escape(r.map->name(id));
    const char* cyc = m.in_cycle[idx(id)] ? " cyc" : "";
    out << fmt::format(
        "<text class=\"rl{}\" data-m=\"{}\" x=\"{}\" y=\"{}\">{}</text>\n", cyc,
        idx(id), fixed(g.left - 5, 1), fixed(g.top + mid, 1), name);
    out << fmt::format(
        "<text class=\"cl{}\" data-m=\"{}\" "
        "transform=\"translate({},{}) rotate(-90)\">{}</text>\n",
        cyc, idx(id), fixed(g.left + mid, 1), fixed(g.top - 5, 1), name);
  }
  out << "</g>\n";
}

void write_blocks(const Model& m, const Geometry& g, std::ostream& out) {
  if (m.blocks.empty()) return;
  out << "<g class=\"blocks\">\n";
  for (const LayerBlock& b : m.blocks) {
    const double at = static_cast<double>(b.first * g.cs);
    const double len = static_cast<double>(b.count * g.cs);
    out << fmt::format(
        "<rect class=\"band\" x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n"
        "<text class=\"band-name\" x=\"{}\" y=\"{}\" "
        "font-size=\"{}\">{}</text>\n"
        "<rect class=\"block\" x=\"{}\" y=\"{}\" width=\"{}\" "
        "height=\"{}\"/>\n",
        fixed(g.top + at + 1, 1), fixed(g.band - 3, 1), fixed(len - 2, 1),
        fixed(6.0, 1), fixed(g.top + at + len / 2, 1), fixed(g.font, 1),
        escape(b.name), fixed(g.left + at, 1), fixed(g.top + at, 1),
        fixed(len, 1), fixed(len, 1));
  }
  out << "</g>\n";
}

// One cell: its fill, its use count, and an outline when flagged.
void write_cell(const Model& m, std::size_t k, const std::vector<int>& pos,
                const Geometry& g, std::ostream& out) {
  const Cell& c = m.cells[k];
  const int x = pos[idx(c.edge->to)] * g.cs;
  const int y = pos[idx(c.edge->from)] * g.cs;
  std::string cls = "cell";
  if (c.severity == 2) cls += " err";
  if (c.severity == 1) cls += " warn";
  if (c.in_cycle) cls += " cyc";
  out << fmt::format(
      "<g class=\"{}\" data-e=\"{}\" transform=\"translate({},{})\">"
      "<rect x=\"1\" y=\"1\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
      cls, k, fixed(g.left + x, 1), fixed(g.top + y, 1), g.cs - 1, g.cs - 1,
      shade_colour(c.shade));
  out << fmt::format("<text class=\"num{}\" x=\"{}\" y=\"{}\">{}</text>",
                     dark_shade(c.shade) ? " on-dark" : "",
                     fixed(g.cs / 2.0 + 0.5, 1), fixed(g.cs / 2.0 + 0.5, 1),
                     c.edge->uses());
  if (c.severity > 0 || c.in_cycle)
    out << fmt::format(
        "<rect class=\"mark\" x=\"2.5\" y=\"2.5\" width=\"{}\" "
        "height=\"{}\"/>",
        fixed(g.cs - 4.0, 1), fixed(g.cs - 4.0, 1));
  out << "</g>\n";
}

// The library columns, hidden (the script places and shows them): a label per
// library, a cell per module -> library edge at the module's row.
void write_library_columns(const Report& r, const LibraryColumns& libs,
                           const std::vector<int>& pos, const Geometry& g,
                           std::ostream& out) {
  if (libs.ids.empty()) return;
  const double x0 = g.left + g.size + g.cs / 2.0;  // a half-cell gap
  out << fmt::format(
      "<g class=\"libs\" style=\"display:none\" font-size=\"{}\">\n",
      fixed(g.font, 1));
  for (std::size_t k = 0; k < libs.ids.size(); ++k)
    out << fmt::format(
        "<text class=\"ll\" data-l=\"{}\" transform=\"translate({},{}) "
        "rotate(-90)\">{}</text>\n",
        k, fixed(x0 + k * g.cs + g.cs / 2.0, 1), fixed(g.top - 5, 1),
        escape(r.map->name(libs.ids[k])));
  for (std::size_t i = 0; i < libs.edges.size(); ++i) {
    const ModuleEdge& e = *libs.edges[i];
    const double shade = libs.max_weight > 0 ? std::log1p(e.weight()) /
                                                   std::log1p(libs.max_weight)
                                             : 0;
    out << fmt::format(
        "<g class=\"lcell\" data-f=\"{}\" data-l=\"{}\" data-n=\"{}\" "
        "transform=\"translate({},{})\"><rect x=\"1\" y=\"1\" width=\"{}\" "
        "height=\"{}\" fill=\"{}\"/><text class=\"num{}\" x=\"{}\" y=\"{}\" "
        "font-size=\"{}\">{}</text></g>\n",
        idx(e.from), libs.column_of[i], e.uses(),
        fixed(x0 + libs.column_of[i] * g.cs, 1),
        fixed(g.top + pos[idx(e.from)] * g.cs, 1), g.cs - 1, g.cs - 1,
        shade_colour(shade), dark_shade(shade) ? " on-dark" : "",
        fixed(g.cs / 2.0 + 0.5, 1), fixed(g.cs / 2.0 + 0.5, 1),
        fixed(std::clamp(g.cs * 0.34, 2.0, 12.0), 1), e.uses());
  }
  out << "</g>\n";
}

void write_svg(const Report& r, const Model& m, const Geometry& g,
               const Variant& v, const LibraryColumns* libs,
               std::ostream& out) {
  const double w = g.left + g.size + 6, h = g.top + g.size + 6;
  out << fmt::format(
      "<div class=\"dsm-scroll\"><svg class=\"dsm\" id=\"{6}\" "
      "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" data-cs=\"{2}\" data-left=\"{3}\" "
      "data-top=\"{4}\" data-libs=\"{8}\" role=\"img\" aria-label=\"Coupling "
      "heatmap of {5} {7}: row uses column\">\n",
      fixed(w, 1), fixed(h, 1), g.cs, fixed(g.left, 1), fixed(g.top, 1), g.n,
      v.id, v.rows, libs ? libs->ids.size() : 0);
  out << fmt::format(
      "<defs><pattern id=\"{4}-grid\" width=\"{0}\" height=\"{0}\" "
      "patternUnits=\"userSpaceOnUse\" x=\"{1}\" y=\"{2}\"><path d=\"M{0} "
      "0H0V{0}\" class=\"grid\"/></pattern></defs>\n"
      "<rect id=\"{4}-bg\" class=\"dsm-bg\" x=\"{1}\" y=\"{2}\" width=\"{3}\" "
      "height=\"{3}\" fill=\"url(#{4}-grid)\"/>\n",
      g.cs, fixed(g.left, 1), fixed(g.top, 1), fixed(g.size, 1), v.id);
  out << "<g class=\"diag\">";
  for (std::size_t i = 0; i < g.n; ++i)
    out << fmt::format(
        "<rect data-m=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
        idx(m.level_order[i]), fixed(g.left + i * g.cs + 1.0, 1),
        fixed(g.top + i * g.cs + 1.0, 1), g.cs - 1, g.cs - 1);
  out << "</g>\n";
  write_blocks(m, g, out);
  write_labels(r, m, g, out);
  std::vector<int> pos(g.n, 0);
  for (std::size_t i = 0; i < g.n; ++i)
    pos[idx(m.level_order[i])] = static_cast<int>(i);
  out << fmt::format("<g class=\"cells\" font-size=\"{}\">\n",
                     fixed(std::clamp(g.cs * 0.34, 2.0, 12.0), 1));
  for (std::size_t k = 0; k < m.cells.size(); ++k)
    write_cell(m, k, pos, g, out);
  out << "</g>\n";
  if (libs) write_library_columns(r, *libs, pos, g, out);
  out << fmt::format(
      "<rect id=\"{0}-hl-row\" class=\"hl\" x=\"0\" y=\"0\" "
      "width=\"0\" height=\"0\"/><rect id=\"{0}-hl-col\" class=\"hl\" "
      "x=\"0\" y=\"0\" width=\"0\" height=\"0\"/>\n</svg></div>\n",
      v.id);
}

void write_legend(const Model& m, std::ostream& out) {
  out << "<div class=\"legend\" aria-label=\"Legend\">\n"
         "<div class=\"legend-title\">Weighted uses of row &rarr; "
         "column</div>\n<svg class=\"ramp\" viewBox=\"0 0 240 34\" "
         "width=\"240\" height=\"34\">";
  for (int i = 0; i < 24; ++i)
    out << fmt::format(
        "<rect x=\"{}\" y=\"0\" width=\"10.5\" height=\"14\" fill=\"{}\"/>",
        i * 10, shade_colour(i / 23.0));
  // Ticks at shades 0, 1/2, 1 on the log scale: weights 1, sqrt-ish, max.
  for (double t : {0.0, 0.5, 1.0}) {
    const double weight = std::expm1(t * std::log1p(m.max_weight));
    out << fmt::format(
        "<text x=\"{}\" y=\"28\" text-anchor=\"{}\">{}</text>", t * 240,
        t == 0 ? "start" : (t == 1 ? "end" : "middle"),
        fixed(std::max(weight, t == 0 ? 0.5 : 0.0), weight < 10 ? 1 : 0));
  }
  out << "</svg>\n<p>A symbol or macro use weighs 1, an include 0.5 (log "
         "scale). The number is the count of uses.</p>\n"
         "<ul class=\"keys\">"
         "<li><span class=\"key err\"></span>error finding on the edge</li>"
         "<li><span class=\"key warn\"></span>warning finding</li>"
         "<li><span class=\"key cyc\"></span>edge inside a module cycle</li>"
         "<li><span class=\"key blk\"></span>layer (by level order)</li>"
         "</ul>\n<p>Rows are ordered by level: a module's dependencies come "
         "before it, so a cell <b>above the diagonal</b> is a back edge "
         "(an upward layer use or part of a cycle).</p>\n</div>\n";
}

// One heatmap and its legend (whose scale is its own).
void write_wrap(const Report& r, const Model& m, const Variant& v,
                const LibraryColumns* libs, std::ostream& out) {
  out << "<div class=\"dsm-wrap\"" << v.attributes << ">\n";
  write_svg(r, m, geometry(m, libs), v, libs, out);
  write_legend(m, out);
  out << "</div>\n";
}

}  // namespace

void write_dsm(const Report& r, const Model& m, const FoldedView* folded,
               std::ostream& out) {
  out << "<section id=\"dsm-section\" aria-labelledby=\"dsm-h\">\n"
         "<h2 id=\"dsm-h\">Coupling heatmap</h2>\n";
  const LibraryColumns libs = library_columns(r);
  write_toolbar(r, m, folded, libs, out);
  write_wrap(r, m, {"dsm", folded ? " data-fold=\"off\"" : "", "modules"},
             libs.ids.empty() ? nullptr : &libs, out);
  if (folded)
    write_wrap(folded->report, folded->model,
               {"dsm-folded", " data-fold=\"on\" hidden", "groups and modules"},
               nullptr, out);
  out << "</section>\n";
}

}  // namespace seams::html

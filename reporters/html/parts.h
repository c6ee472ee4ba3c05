// The parts of the HTML report (see html.h), shared by its files: escaping,
// the view model every part draws from (module orders, heatmap cells and the
// findings on them), and one writer per section. Only reporters/html*.cpp
// include this header.
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/group_fold.h"
#include "reporters/report.h"

namespace seams::html {

/// `text` escaped for HTML text and double- or single-quoted attributes:
/// & < > " ' become entities. "a<b" -> "a&lt;b".
std::string escape(std::string_view text);

/// `text` as a JSON string literal that is also safe inside <script>: < > &
/// ' and U+2028/U+2029 become \u escapes, so no "</script>" can appear.
/// "</script>" -> "\u003c/script\u003e" (with the quotes).
std::string js_string(std::string_view text);

/// `x` with `decimals` digits after the point; never "-0.0".
std::string fixed(double x, int decimals);

/// Columns a label takes in a monospace font: UTF-8 code points.
std::size_t label_width(std::string_view utf8);

/// A run of modules of one layer in the level order.
struct LayerBlock {
  std::string name;
  std::size_t first = 0;  // index into Model::level_order
  std::size_t count = 0;
};

/// One heatmap cell: the graph edge from (row) -> to (column).
struct Cell {
  const ModuleEdge* edge = nullptr;  // never null
  double weight = 0;                 // ModuleEdge::weight()
  double shade = 0;                  // weight on a log scale, in [0, 1]
  int severity = 0;  // of the findings on the pair: 0 none, 1 warn, 2 error
  bool in_cycle = false;  // both ends belong to one cycle finding
  bool cut = false;       // the cycle finding suggests cutting this edge
  std::vector<std::size_t> findings;  // indices into Report::findings
};

/// What every section draws from. Module vectors are indexed by ModuleId.
struct Model {
  /// Layers bottom first (as declared, reversed), modules without a layer
  /// last; levelized inside each, so a dependency sits left of and above its
  /// user and every cell above the diagonal is a back edge.
  std::vector<ModuleId> level_order;
  std::vector<ModuleId> coupling_order;  // highest coupling score first
  std::vector<LayerBlock> blocks;        // of level_order; none without layers
  std::vector<Cell> cells;               // one per graph edge, graph order
  std::vector<bool> in_cycle;
  std::vector<std::vector<std::size_t>> module_findings;
  double max_weight = 0;
  std::size_t max_label = 1;  // longest module name (label_width)
};

Model build_model(const Report& report);

/// The heatmap colour of a shade in [0, 1]: a viridis ramp from pale yellow
/// (light coupling) to dark violet, readable with any colour vision.
std::string shade_colour(double shade);
/// Whether text on `shade_colour(shade)` must be white.
bool dark_shade(double shade);

/// "extract-first" -> "Extract First"; the quadrant's colour and marker.
std::string_view quadrant_title(Quadrant q);
std::string_view quadrant_colour(Quadrant q);
/// An SVG shape centred on (x, y), distinct per quadrant (circle, square,
/// diamond, triangle), so the chart also reads in greyscale.
std::string quadrant_marker(Quadrant q, double x, double y, double size,
                            std::string_view attributes);

/// A module box of the graph section; (x, y) is its centre.
struct GraphNode {
  ModuleId id{};
  double x = 0, y = 0, w = 0, h = 0;
  int row = 0;  // top row 0
};

/// A horizontal band of the graph holding one layer's rows.
struct GraphBand {
  std::string name;  // empty without layers
  double y0 = 0, y1 = 0;
};

/// The module graph laid out top to bottom: layers as bands (top layer
/// first), inside a band users above what they use; crossings reduced by
/// barycentre sweeps; rows wrap after kGraphRowMax nodes.
struct GraphLayout {
  std::vector<GraphNode> nodes;  // by ModuleId
  std::vector<GraphBand> bands;
  std::vector<double> row_top;  // y of each row's top; boxes are 30 high
  /// Per edge (Model::cells order): the x where it crosses each row between
  /// its ends, from the source's row towards the target's.
  std::vector<std::vector<double>> waypoints;
  double width = 0, height = 0;
  double left = 0;  // x where boxes start (the band names are left of it)
};

inline constexpr std::size_t kGraphRowMax = 8;

GraphLayout layout_graph(const Report& report, const Model& model);

/// The report with each module group folded into one node (group_fold.h),
/// for the page's "fold groups" toggle. `report` has the folded map and
/// graph and every finding, in order (so indices into Report::findings hold),
/// with its modules mapped onto the folded nodes: a pair inside one group
/// has no cell, and a node is in a cycle if any of its members is.
///   groups: {bsl: {modules: [bsls, bslma]}}  ->  nodes bsl and the modules
///   in no group; edge bdlt -> bsl sums bdlt -> bsls and bdlt -> bslma
struct FoldedView {
  FoldedGraph fold;
  Report report;  // map and graph point into `fold`
  Model model;
  std::vector<std::vector<ModuleId>> members;  // per node: original modules
  std::vector<bool> is_group;      // per node: a group (else a module)
  std::vector<int> internal_uses;  // per node: uses between its members
};

/// The folded view, or null when the config declares no groups. Not movable
/// once built (the report and model point into it), hence the pointer.
std::unique_ptr<const FoldedView> fold_view(const Report& report);

// The sections, each a self-contained HTML fragment. `folded` (may be null)
// adds the folded variant of the heatmap and the graph, hidden until the
// toggle shows it.
void write_dsm(const Report& report, const Model& model,
               const FoldedView* folded, std::ostream& out);
void write_quadrant(const Report& report, const Model& model,
                    std::ostream& out);
void write_graph(const Report& report, const Model& model,
                 const FoldedView* folded, std::ostream& out);
void write_findings(const Report& report, const Model& model,
                    std::ostream& out);
/// The data the script reads: modules (with scores, API surface, outbound
/// edges), edges with evidence, findings and the orders; with `folded`, a
/// "folded" object with the folded nodes (and their members), edges and
/// orders. A JSON object.
void write_data(const Report& report, const Model& model,
                const FoldedView* folded, std::ostream& out);

/// reporters/html/assets/report.css and report.js, embedded at build time.
std::string_view report_css();
std::string_view report_js();

}  // namespace seams::html

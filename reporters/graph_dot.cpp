// `seams graph --format dot`: Graphviz, one cluster per layer, violating edges
// in red, cycle members double-circled; edge labels give the counts.
#include <fmt/format.h>

#include <map>
#include <set>

#include "reporters/reporter.h"

namespace seams {
namespace {

std::string dot_quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

class DotGraphReporter final : public Reporter {
 public:
  std::string_view name() const override { return "dot"; }
  void write(const Report& r, std::ostream& out) const override {
    const auto& flagged = r.violating_edges;
    const auto& in_cycle = r.cycle_members;
    out << "digraph seams {\n  rankdir=TB;\n  node [shape=box, "
           "style=rounded];\n";
    // Group modules by layer, in the order `layers` lists them (top first).
    const auto [by_layer, no_layer] = r.map->by_layer();
    const Config& cfg = r.map->config();
    auto node = [&](ModuleId id, std::string_view indent) {
      out << fmt::format(
          "{}{}{};\n", indent, dot_quoted(r.map->name(id)),
          in_cycle.contains(id) ? " [peripheries=2, color=\"#d55e00\"]" : "");
    };
    for (const auto& [li, ids] : by_layer) {
      out << fmt::format("  subgraph {} {{\n    label={};\n    style=dashed;\n",
                         dot_quoted("cluster_" + cfg.layers[li].name),
                         dot_quoted(cfg.layers[li].name));
      for (ModuleId id : ids) node(id, "    ");
      out << "  }\n";
    }
    for (ModuleId id : no_layer) node(id, "  ");
    // Libraries of `externals:` (--externals): their own cluster, dashed edges.
    const std::vector<ModuleId> libraries = drawn_libraries(r);
    if (!libraries.empty()) {
      out << "  subgraph \"cluster_externals\" {\n    label=\"externals\";\n"
             "    style=dotted;\n";
      for (ModuleId id : libraries)
        out << fmt::format("    {} [shape=component];\n",
                           dot_quoted(r.map->name(id)));
      out << "  }\n";
    }
    std::vector<std::pair<const ModuleEdge*, bool>> edges;
    for (const ModuleEdge& e : r.graph->edges()) edges.emplace_back(&e, false);
    for (const ModuleEdge* e : drawn_library_edges(r))
      edges.emplace_back(e, true);
    for (const auto& [edge, to_library] : edges) {
      const ModuleEdge& e = *edge;
      const bool bad = flagged.contains({e.from, e.to});
      out << fmt::format(
          "  {} -> {} [label={}{}];\n", dot_quoted(r.map->name(e.from)),
          dot_quoted(r.map->name(e.to)),
          dot_quoted(fmt::format("{}i/{}s/{}m", e.count(UseKind::include),
                                 e.count(UseKind::symbol),
                                 e.count(UseKind::macro))),
          std::string(bad ? ", color=\"#d55e00\", fontcolor=\"#d55e00\", "
                            "penwidth=2"
                          : "") +
              (to_library ? ", style=dashed" : ""));
    }
    out << "}\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_dot_graph_reporter() {
  return std::make_unique<DotGraphReporter>();
}

}  // namespace seams

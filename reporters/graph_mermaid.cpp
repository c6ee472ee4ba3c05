// `seams graph --format mermaid`: a Mermaid flowchart (top to bottom) for
// Markdown on GitHub or GitLab, with the same graph as DOT: a subgraph per
// layer, edge labels with the counts, violating edges in vermillion, cycle
// members with a thick border. Node ids are m<ModuleId>; names are labels.
#include <fmt/format.h>

#include <map>
#include <set>

#include "reporters/reporter.h"

namespace seams {
namespace {

// A quoted Mermaid label: ASCII punctuation that Mermaid's grammar could
// read ("[]{}()|<>#&;`) becomes an entity code like #34; (Mermaid's own
// escape); letters, digits and UTF-8 pass through.
std::string mermaid_label(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    const bool plain =
        u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') ||
        std::string_view(" _.,/:+-").find(c) != std::string_view::npos;
    if (plain)
      out += c;
    else
      out += fmt::format("#{};", static_cast<int>(u));
  }
  return out + "\"";
}

std::string node_id(ModuleId id) {
  return fmt::format("m{}", static_cast<std::uint32_t>(id));
}

class MermaidGraphReporter final : public Reporter {
 public:
  std::string_view name() const override { return "mermaid"; }
  void write(const Report& r, std::ostream& out) const override {
    const auto& flagged = r.violating_edges;
    const auto& in_cycle = r.cycle_members;
    out << "flowchart TB\n";
    write_nodes(r, out);
    std::vector<std::size_t> bad;
    for (std::size_t k = 0; k < r.graph->edges().size(); ++k) {
      const ModuleEdge& e = r.graph->edges()[k];
      if (flagged.contains({e.from, e.to})) bad.push_back(k);
      out << fmt::format("  {} -->|\"{}i/{}s/{}m\"| {}\n", node_id(e.from),
                         e.count(UseKind::include), e.count(UseKind::symbol),
                         e.count(UseKind::macro), node_id(e.to));
    }
    // --externals: dotted links to the libraries, numbered after the others.
    std::size_t k = r.graph->edges().size();
    for (const ModuleEdge* e : drawn_library_edges(r)) {
      if (flagged.contains({e->from, e->to})) bad.push_back(k);
      ++k;
      out << fmt::format("  {} -.->|\"{}i/{}s/{}m\"| {}\n", node_id(e->from),
                         e->count(UseKind::include), e->count(UseKind::symbol),
                         e->count(UseKind::macro), node_id(e->to));
    }
    if (!bad.empty())
      out << fmt::format("  linkStyle {} stroke:#d55e00,stroke-width:3px\n",
                         fmt::join(bad, ","));
    if (!in_cycle.empty()) {
      std::vector<std::string> ids;
      for (ModuleId id : in_cycle) ids.push_back(node_id(id));
      out << "  classDef cycle stroke:#d55e00,stroke-width:4px\n"
          << fmt::format("  class {} cycle\n", fmt::join(ids, ","));
    }
  }

 private:
  // Modules grouped by layer, in the order `layers` lists them (top first).
  static void write_nodes(const Report& r, std::ostream& out) {
    const auto [by_layer, no_layer] = r.map->by_layer();
    const Config& cfg = r.map->config();
    auto node = [&](ModuleId id, std::string_view indent) {
      out << fmt::format("{}{}[{}]\n", indent, node_id(id),
                         mermaid_label(r.map->name(id)));
    };
    for (const auto& [li, ids] : by_layer) {
      out << fmt::format("  subgraph layer{}[{}]\n", li,
                         mermaid_label(cfg.layers[li].name));
      for (ModuleId id : ids) node(id, "    ");
      out << "  end\n";
    }
    for (ModuleId id : no_layer) node(id, "  ");
    const std::vector<ModuleId> libraries = drawn_libraries(r);
    if (libraries.empty()) return;
    out << "  subgraph externals[\"externals\"]\n";
    for (ModuleId id : libraries)
      out << fmt::format("    {}[({})]\n", node_id(id),
                         mermaid_label(r.map->name(id)));
    out << "  end\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_mermaid_graph_reporter() {
  return std::make_unique<MermaidGraphReporter>();
}

}  // namespace seams

// `seams graph --format json`: modules (with layer) and edges (with counts and
// whether a finding flags them), for other tools.
#include <set>

#include "reporters/json_common.h"
#include "reporters/reporter.h"

namespace seams {
namespace {

using Json = nlohmann::ordered_json;

class JsonGraphReporter final : public Reporter {
 public:
  std::string_view name() const override { return "json"; }
  void write(const Report& r, std::ostream& out) const override {
    const auto& flagged = r.violating_edges;
    const auto& in_cycle = r.cycle_members;
    Json modules = Json::array();
    for (std::size_t i = 0; i < r.map->size(); ++i) {
      const ModuleId id{static_cast<std::uint32_t>(i)};
      const auto& layer = r.map->module_config(id).layer;
      modules.push_back({{"name", r.map->name(id)},
                         {"layer", layer ? Json(layer->name) : Json(nullptr)},
                         {"in_cycle", in_cycle.contains(id)}});
    }
    Json edges = Json::array();
    for (const ModuleEdge& e : r.graph->edges()) {
      edges.push_back({{"from", r.map->name(e.from)},
                       {"to", r.map->name(e.to)},
                       {"includes", e.count(UseKind::include)},
                       {"symbols", e.count(UseKind::symbol)},
                       {"macros", e.count(UseKind::macro)},
                       {"violation", flagged.contains({e.from, e.to})}});
    }
    Json doc{{"version", 1}, {"modules", modules}, {"edges", edges}};
    // --externals: the libraries and the edges to them, as additive keys.
    if (r.show_libraries) {
      Json libraries = Json::array(), library_edges = Json::array();
      for (ModuleId id : drawn_libraries(r))
        libraries.push_back(r.map->name(id));
      for (const ModuleEdge* e : drawn_library_edges(r))
        library_edges.push_back(
            {{"from", r.map->name(e->from)},
             {"to", r.map->name(e->to)},
             {"includes", e->count(UseKind::include)},
             {"symbols", e->count(UseKind::symbol)},
             {"macros", e->count(UseKind::macro)},
             {"violation", flagged.contains({e->from, e->to})}});
      doc["externals"] = libraries;
      doc["external_edges"] = library_edges;
    }
    // Paths need not be UTF-8 (a Latin-1 file name); JSON must be: such bytes
    // become U+FFFD instead of an exception.
    out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  }
};

}  // namespace

std::unique_ptr<Reporter> make_json_graph_reporter() {
  return std::make_unique<JsonGraphReporter>();
}

}  // namespace seams

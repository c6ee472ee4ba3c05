// The data the report's script reads (one JSON object in a <script
// type="application/json">): modules with their group, scores, metrics, API
// surface and outbound edges; edges with counts and evidence; findings; the
// three module orders; with module groups, the same for the folded nodes
// ("folded": nodes with their members, edges, orders), which share the
// findings. Numbers are formatted here, as the text reports print them, so
// the script only places text. Every string goes through js_string.
#include <fmt/format.h>

#include <algorithm>

#include "reporters/html/parts.h"
#include "reporters/score.h"

namespace seams::html {
namespace {

template <typename T, typename F>
std::string list(const std::vector<T>& items, F&& item) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    out += item(items[i]);
  }
  return out + "]";
}

std::string ids(const std::vector<ModuleId>& v) {
  return list(v, [](ModuleId id) { return std::to_string(idx(id)); });
}

std::string indices(const std::vector<std::size_t>& v) {
  return list(v, [](std::size_t i) { return std::to_string(i); });
}

std::string pairs(const std::vector<std::pair<const char*, std::string>>& v) {
  return list(v, [](const auto& p) {
    return fmt::format("[{},{}]", js_string(p.first), js_string(p.second));
  });
}

std::string metrics(const ModuleScore& s) {
  const ModuleMetrics& m = s.metrics;
  return pairs({{"fan-in (modules)", std::to_string(m.fan_in)},
                {"fan-out (modules)", std::to_string(m.fan_out)},
                {"uses into it", std::to_string(m.afferent_uses)},
                {"uses out of it", std::to_string(m.efferent_uses)},
                {"instability", fixed(m.instability, 2)},
                {"abstractness", fixed(m.abstractness, 2)},
                {"distance", fixed(m.distance, 2)},
                {"cohesion", fixed(m.cohesion, 2)},
                {"files (used by others)",
                 fmt::format("{} ({})", m.files, m.exposed_files)},
                {"in a cycle", m.in_cycle ? "yes" : "no"}});
}

std::string terms(const CouplingTerms& t) {
  return pairs({{"breadth", fixed(t.breadth, 2)},
                {"intensity", fixed(t.intensity, 2)},
                {"exposure", fixed(t.exposure, 2)},
                {"dependence", fixed(t.dependence, 2)},
                {"cycle", fixed(t.cycle, 2)},
                {"co-change", fixed(t.co_change, 2)}});
}

std::string score(const Report& r, const ModuleScore& s) {
  const std::size_t api = shown_count(s.api.size(), r.max_evidence);
  std::vector<ApiSymbol> shown(s.api.begin(), s.api.begin() + api);
  const auto* first = r.graph->edges().data();
  std::vector<std::size_t> outbound;
  for (const ModuleEdge* e : s.outbound)
    outbound.push_back(static_cast<std::size_t>(e - first));
  return fmt::format(
      "{{\"rank\":{},\"value\":{},\"coupling\":{},\"quadrant\":{},"
      "\"quadrant_title\":{},\"colour\":{},\"rationale\":{},\"metrics\":{},"
      "\"terms\":{},\"api\":{},\"api_total\":{},\"outbound\":{}}}",
      s.rank, js_string(value_label(s)), js_string(fixed(s.coupling, 2)),
      js_string(to_string(s.quadrant)), js_string(quadrant_title(s.quadrant)),
      js_string(quadrant_colour(s.quadrant)), js_string(s.rationale),
      metrics(s), terms(s.terms),
      list(shown,
           [](const ApiSymbol& a) {
             return fmt::format("[{},{},{},{},{}]", js_string(a.symbol),
                                js_string(to_string(a.kind)), a.uses,
                                ids(a.used_by), js_string(a.target));
           }),
      s.api.size(), indices(outbound));
}

// `extra` is more fields, each after a comma, or empty.
std::string module(const Report& r, const Model& m, ModuleId id,
                   const std::vector<int>& block, const std::string& extra) {
  const ModuleConfig& cfg = r.map->module_config(id);
  const ModuleScore* s = r.scores ? r.scores->find(id) : nullptr;
  return fmt::format(
      "{{\"name\":{},\"layer\":{},\"group\":{},\"block\":{},\"cycle\":{},"
      "\"owners\":{},\"findings\":{},\"score\":{}{}}}",
      js_string(r.map->name(id)),
      cfg.layer ? js_string(cfg.layer->name) : "null",
      cfg.group ? js_string(*cfg.group) : "null", block[idx(id)],
      m.in_cycle[idx(id)] ? "true" : "false",
      list(cfg.owners, [](const std::string& o) { return js_string(o); }),
      indices(m.module_findings[idx(id)]), s ? score(r, *s) : "null", extra);
}

std::string evidence(const Evidence& e) {
  return fmt::format("[{},{},{},{},{},{},{}]", js_string(e.file), e.line,
                     e.column, js_string(to_string(e.kind)),
                     js_string(e.symbol), js_string(e.target),
                     js_string(e.context));
}

std::string edge(const Report& r, const Cell& c) {
  const ModuleEdge& e = *c.edge;
  const std::size_t shown = shown_count(e.evidence.size(), r.max_evidence);
  std::vector<Evidence> ev(e.evidence.begin(), e.evidence.begin() + shown);
  return fmt::format(
      "{{\"from\":{},\"to\":{},\"includes\":{},\"symbols\":{},\"macros\":{},"
      "\"weight\":{},\"cycle\":{},\"cut\":{},\"findings\":{},\"evidence\":{},"
      "\"evidence_total\":{}}}",
      idx(e.from), idx(e.to), e.count(UseKind::include),
      e.count(UseKind::symbol), e.count(UseKind::macro),
      js_string(fixed(c.weight, 1)), c.in_cycle ? "true" : "false",
      c.cut ? "true" : "false", indices(c.findings), list(ev, evidence),
      e.evidence.size());
}

std::string finding(const Finding& f, const ModuleMap& map) {
  std::vector<ModuleId> modules;  // rows of the heatmap: no library
  for (ModuleId id : f.modules)
    if (!map.is_library(id)) modules.push_back(id);
  std::string where;
  if (f.config_location)
    where = fmt::format("{}:{}:{}", f.config_location->file,
                        f.config_location->line, f.config_location->column);
  return fmt::format(
      "{{\"rule\":{},\"severity\":{},\"message\":{},\"modules\":{},"
      "\"location\":{}}}",
      js_string(f.rule), js_string(to_string(f.severity)), js_string(f.message),
      ids(modules), js_string(where));
}

// Each module's layer block: the index into `blocks` (the heatmap's layer
// filter) of the block named as its block in `m`; -1 when none.
std::vector<int> block_of(const Model& m, const std::vector<LayerBlock>& blocks,
                          std::size_t n) {
  std::vector<int> block(n, -1);
  for (const LayerBlock& b : m.blocks) {
    const auto named =
        std::find_if(blocks.begin(), blocks.end(),
                     [&](const auto& x) { return x.name == b.name; });
    if (named == blocks.end()) continue;
    for (std::size_t k = 0; k < b.count; ++k)
      block[idx(m.level_order[b.first + k])] =
          static_cast<int>(named - blocks.begin());
  }
  return block;
}

// The "modules", "edges" and "orders" fields of one view. `blocks` are the
// blocks the layer filter lists; `folded`, when set, adds each node's members
// and the uses between them.
void write_view(const Report& r, const Model& m,
                const std::vector<LayerBlock>& blocks, const FoldedView* folded,
                std::ostream& out) {
  const std::size_t n = r.map->size();
  const std::vector<int> block = block_of(m, blocks, n);
  std::vector<ModuleId> by_name;
  for (std::size_t i = 0; i < n; ++i)
    by_name.push_back(ModuleId{static_cast<std::uint32_t>(i)});
  out << "\"modules\":[\n";
  for (std::size_t i = 0; i < n; ++i) {
    const std::string extra =
        folded ? fmt::format(",\"is_group\":{},\"members\":{},\"internal\":{}",
                             folded->is_group[i] ? "true" : "false",
                             ids(folded->members[i]), folded->internal_uses[i])
               : "";
    out << (i ? ",\n" : "") << module(r, m, by_name[i], block, extra);
  }
  out << "],\n\"edges\":[\n";
  for (std::size_t k = 0; k < m.cells.size(); ++k)
    out << (k ? ",\n" : "") << edge(r, m.cells[k]);
  out << fmt::format(
      "],\n\"orders\":{{\"level\":{},\"name\":{},\"coupling\":{}}}",
      ids(m.level_order), ids(by_name), ids(m.coupling_order));
}

}  // namespace

void write_data(const Report& r, const Model& m, const FoldedView* folded,
                std::ostream& out) {
  out << "{";
  write_view(r, m, m.blocks, nullptr, out);
  out << ",\n\"findings\":[\n";
  for (std::size_t i = 0; i < r.findings.size(); ++i)
    out << (i ? ",\n" : "") << finding(r.findings[i], *r.map);
  out << "]";
  if (folded) {
    out << ",\n\"folded\":{";
    write_view(folded->report, folded->model, m.blocks, folded, out);
    out << "}";
  }
  out << "}";
}

}  // namespace seams::html

// The view model of the HTML report: module orders (levelized with layers as
// blocks, by coupling score), one heatmap cell per module edge with its
// weight and shade, and the findings that land on each cell and module.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "reporters/html/parts.h"
#include "scoring/metrics.h"

namespace seams::html {
namespace {

// Sort key of a module's layer: bottom layer first, no layer last.
std::size_t layer_key(const Report& r, ModuleId id) {
  const Config& cfg = r.map->config();
  const auto li = r.map->layer_of(id);
  return li ? cfg.layers.size() - 1 - *li : cfg.layers.size();
}

void order_by_level(const Report& r, Model& m) {
  m.level_order = r.graph->levelized_order();
  std::stable_sort(m.level_order.begin(), m.level_order.end(),
                   [&](ModuleId a, ModuleId b) {
                     return layer_key(r, a) < layer_key(r, b);
                   });
  const Config& cfg = r.map->config();
  if (cfg.layers.empty()) return;
  for (std::size_t i = 0; i < m.level_order.size(); ++i) {
    const std::size_t key = layer_key(r, m.level_order[i]);
    if (i > 0 && key == layer_key(r, m.level_order[i - 1])) {
      ++m.blocks.back().count;
      continue;
    }
    const bool none = key == cfg.layers.size();
    m.blocks.push_back(
        {none ? "(no layer)" : cfg.layers[cfg.layers.size() - 1 - key].name, i,
         1});
  }
}

void order_by_coupling(const Report& r, Model& m) {
  const std::size_t n = r.map->size();
  for (std::size_t i = 0; i < n; ++i)
    m.coupling_order.push_back(ModuleId{static_cast<std::uint32_t>(i)});
  if (!r.scores) return;
  std::vector<double> coupling(n, 0);
  for (const ModuleScore& s : r.scores->modules)
    coupling[idx(s.id)] = s.coupling;
  // Ids follow names, so a stable sort breaks ties by name.
  std::stable_sort(m.coupling_order.begin(), m.coupling_order.end(),
                   [&](ModuleId a, ModuleId b) {
                     return coupling[idx(a)] > coupling[idx(b)];
                   });
}

void make_cells(const Report& r, Model& m) {
  for (const ModuleEdge& e : r.graph->edges()) {
    Cell c;
    c.edge = &e;
    c.weight = e.weight();
    m.max_weight = std::max(m.max_weight, c.weight);
    m.cells.push_back(std::move(c));
  }
  for (Cell& c : m.cells)
    c.shade =
        m.max_weight > 0 ? std::log1p(c.weight) / std::log1p(m.max_weight) : 0;
}

void attach(Cell& c, std::size_t finding, Severity s, bool pair) {
  if (c.findings.empty() || c.findings.back() != finding)
    c.findings.push_back(finding);
  if (pair) c.severity = std::max(c.severity, s == Severity::error ? 2 : 1);
}

// Puts each finding on its modules and on the cells it is about: a pair
// finding on its edge, a cycle finding on every edge inside the cycle.
void place_findings(const Report& r, Model& m) {
  std::map<std::pair<ModuleId, ModuleId>, std::size_t> cell_of;
  for (std::size_t i = 0; i < m.cells.size(); ++i)
    cell_of[{m.cells[i].edge->from, m.cells[i].edge->to}] = i;
  for (std::size_t fi = 0; fi < r.findings.size(); ++fi) {
    const Finding& f = r.findings[fi];
    for (ModuleId id : f.modules) {
      if (r.map->is_library(id)) continue;  // no row: listed with its module
      auto& list = m.module_findings[idx(id)];
      if (list.empty() || list.back() != fi) list.push_back(fi);
    }
    if (f.from && f.to)
      if (auto it = cell_of.find({*f.from, *f.to}); it != cell_of.end())
        attach(m.cells[it->second], fi, f.severity, true);
    if (f.cycle.empty()) continue;
    std::vector<bool> member(r.map->size(), false);
    for (ModuleId id : f.modules) member[idx(id)] = m.in_cycle[idx(id)] = true;
    for (Cell& c : m.cells) {
      if (!member[idx(c.edge->from)] || !member[idx(c.edge->to)]) continue;
      c.in_cycle = true;
      attach(c, fi, f.severity, false);
    }
    for (const CycleEdge& cut : f.cut)
      if (auto it = cell_of.find({cut.from, cut.to}); it != cell_of.end())
        m.cells[it->second].cut = true;
  }
}

}  // namespace

Model build_model(const Report& r) {
  Model m;
  const std::size_t n = r.map->size();
  m.in_cycle.assign(n, false);
  m.module_findings.resize(n);
  for (const std::string& name : r.map->names())
    m.max_label = std::max(m.max_label, label_width(name));
  order_by_level(r, m);
  order_by_coupling(r, m);
  make_cells(r, m);
  place_findings(r, m);
  return m;
}

namespace {

// viridis at 0, 1/8, ..., 1, reversed: light is weak, dark is strong.
constexpr std::array<std::array<int, 3>, 9> kRamp{{{0xfd, 0xe7, 0x25},
                                                   {0xad, 0xdc, 0x30},
                                                   {0x5e, 0xc9, 0x62},
                                                   {0x28, 0xae, 0x80},
                                                   {0x21, 0x91, 0x8c},
                                                   {0x2c, 0x72, 0x8e},
                                                   {0x3b, 0x52, 0x8b},
                                                   {0x47, 0x2d, 0x7b},
                                                   {0x44, 0x01, 0x54}}};

}  // namespace

std::string shade_colour(double shade) {
  const double t = std::clamp(shade, 0.0, 1.0) * (kRamp.size() - 1);
  const auto i = std::min(static_cast<std::size_t>(t), kRamp.size() - 2);
  const double f = t - static_cast<double>(i);
  std::string out = "#";
  for (std::size_t k = 0; k < 3; ++k) {
    const double v = kRamp[i][k] + f * (kRamp[i + 1][k] - kRamp[i][k]);
    out += fmt::format("{:02x}", static_cast<int>(std::lround(v)));
  }
  return out;
}

bool dark_shade(double shade) { return shade > 0.45; }

}  // namespace seams::html

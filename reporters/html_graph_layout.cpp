// Lays out the module graph for the HTML report, a small Sugiyama-style pass:
// bands per layer (top layer first), rows inside a band by dependency depth
// (users above what they use; back edges ignored), barycentre sweeps against
// crossings, rows wrapped after kGraphRowMax boxes. Deterministic: every tie
// is broken by module id.
#include <algorithm>
#include <map>

#include "reporters/html_parts.h"

namespace seams::html {
namespace {

constexpr double kFont = 12, kBoxH = 30, kGap = 22, kRowPitch = 86;
constexpr double kBandPad = 16, kBandGap = 24, kMargin = 16;

std::size_t idx(ModuleId id) { return static_cast<std::size_t>(id); }

using Rows = std::vector<std::vector<ModuleId>>;

// The band (top layer = 0) and the depth inside it of every module.
void bands_and_depths(const Report& r, const Model& m, std::vector<int>& band,
                      std::vector<int>& depth) {
  const std::size_t n = m.level_order.size();
  std::vector<std::size_t> pos(n);
  for (std::size_t i = 0; i < n; ++i) pos[idx(m.level_order[i])] = i;
  band.assign(n, 0);
  const int blocks = static_cast<int>(m.blocks.size());
  for (int b = 0; b < blocks; ++b)
    for (std::size_t k = 0; k < m.blocks[b].count; ++k)
      band[idx(m.level_order[m.blocks[b].first + k])] = blocks - 1 - b;
  std::vector<std::vector<ModuleId>> out(n);
  for (const ModuleEdge& e : r.graph->edges()) out[idx(e.from)].push_back(e.to);
  depth.assign(n, 0);
  // Dependencies come first in level order, so their depth is final.
  for (ModuleId id : m.level_order)
    for (ModuleId t : out[idx(id)])
      if (band[idx(t)] == band[idx(id)] && pos[idx(t)] < pos[idx(id)])
        depth[idx(id)] = std::max(depth[idx(id)], depth[idx(t)] + 1);
}

// Reorders each row by the mean relative position of its neighbours.
void reduce_crossings(const Report& r, Rows& rows, std::size_t n) {
  std::vector<std::vector<ModuleId>> near(n);
  for (const ModuleEdge& e : r.graph->edges()) {
    near[idx(e.from)].push_back(e.to);
    near[idx(e.to)].push_back(e.from);
  }
  std::vector<double> at(n, 0);
  auto measure = [&] {
    for (const auto& row : rows)
      for (std::size_t i = 0; i < row.size(); ++i)
        at[idx(row[i])] = (static_cast<double>(i) + 0.5) / row.size();
  };
  measure();
  for (int sweep = 0; sweep < 6; ++sweep) {
    for (std::size_t k = 0; k < rows.size(); ++k) {
      auto& row = rows[sweep % 2 ? rows.size() - 1 - k : k];
      std::vector<std::pair<double, ModuleId>> keyed;
      for (ModuleId id : row) {
        double sum = 0;
        for (ModuleId o : near[idx(id)]) sum += at[idx(o)];
        const auto count = near[idx(id)].size();
        keyed.push_back({count ? sum / count : at[idx(id)], id});
      }
      std::stable_sort(keyed.begin(), keyed.end(),
                       [](auto& a, auto& b) { return a.first < b.first; });
      for (std::size_t i = 0; i < row.size(); ++i) row[i] = keyed[i].second;
      measure();
    }
  }
}

}  // namespace

GraphLayout layout_graph(const Report& r, const Model& m) {
  const std::size_t n = m.level_order.size();
  std::vector<int> band, depth;
  bands_and_depths(r, m, band, depth);
  // Rows: by band, then deepest first; wrapped after ordering.
  std::map<std::pair<int, int>, std::vector<ModuleId>> groups;
  for (ModuleId id : m.level_order)
    groups[{band[idx(id)], -depth[idx(id)]}].push_back(id);
  Rows rows;
  std::vector<int> row_band;
  for (auto& [key, ids] : groups) {
    rows.push_back(ids);
    row_band.push_back(key.first);
  }
  reduce_crossings(r, rows, n);
  Rows wrapped;
  std::vector<int> wrapped_band;
  for (std::size_t k = 0; k < rows.size(); ++k)
    for (std::size_t i = 0; i < rows[k].size(); i += kGraphRowMax) {
      const auto end = std::min(rows[k].size(), i + kGraphRowMax);
      wrapped.emplace_back(rows[k].begin() + i, rows[k].begin() + end);
      wrapped_band.push_back(row_band[k]);
    }
  GraphLayout g;
  g.nodes.resize(n);
  std::size_t widest_band = 0;
  for (const LayerBlock& b : m.blocks)
    widest_band = std::max(widest_band, label_width(b.name));
  g.left = m.blocks.empty() ? kMargin : widest_band * kFont * 0.6 + 28;
  double widest = 0;
  std::vector<double> row_width(wrapped.size(), 0);
  for (std::size_t k = 0; k < wrapped.size(); ++k) {
    for (ModuleId id : wrapped[k]) {
      GraphNode& node = g.nodes[idx(id)];
      node.id = id;
      node.w = label_width(r.map->name(id)) * kFont * 0.6 + 24;
      node.h = kBoxH;
      node.row = static_cast<int>(k);
      row_width[k] += node.w + kGap;
    }
    widest = std::max(widest, row_width[k] - kGap);
  }
  double y = kMargin + kBandPad, row_top = y;
  for (std::size_t k = 0; k < wrapped.size(); ++k) {
    if (k == 0 || wrapped_band[k] != wrapped_band[k - 1]) {
      if (k > 0) {
        g.bands.back().y1 = row_top + kBoxH + kBandPad;
        y = g.bands.back().y1 + kBandGap + kBandPad;
      }
      const int b = static_cast<int>(m.blocks.size()) - 1 - wrapped_band[k];
      g.bands.push_back(
          {m.blocks.empty() ? std::string() : m.blocks[b].name, y - kBandPad,
           0});
    }
    double x = g.left + (widest - (row_width[k] - kGap)) / 2;
    for (ModuleId id : wrapped[k]) {
      GraphNode& node = g.nodes[idx(id)];
      node.x = x + node.w / 2;
      node.y = y + kBoxH / 2;
      x += node.w + kGap;
    }
    row_top = y;
    y += kRowPitch;
  }
  if (!g.bands.empty()) g.bands.back().y1 = row_top + kBoxH + kBandPad;
  g.height = (g.bands.empty() ? row_top : g.bands.back().y1) + kMargin;
  g.width = g.left + widest + kMargin;
  return g;
}

}  // namespace seams::html

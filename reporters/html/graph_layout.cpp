// Lays out the module graph for the HTML report, a small Sugiyama-style pass:
// bands per layer (top layer first), rows inside a band by dependency depth
// (users above what they use; back edges ignored), rows wrapped after
// kGraphRowMax boxes, a waypoint in every row a long edge crosses (so edges
// pass between boxes, not through them), barycentre sweeps against crossings.
// Deterministic: every tie is broken by module id.
#include <algorithm>
#include <map>

#include "reporters/html/parts.h"

namespace seams::html {
namespace {

constexpr double kFont = 12, kBoxH = 30, kGap = 22, kWayGap = 10;
constexpr double kRowPitch = 86, kBandPad = 16, kBandGap = 24, kMargin = 16;
// Beyond this many waypoints the rows get too wide to read; edges then go
// straight from box to box.
constexpr std::size_t kMaxWaypoints = 4000;

// Items of a row: modules are 0..n-1, waypoints n and up.
using Rows = std::vector<std::vector<std::size_t>>;

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
  depth.assign(n, 0);
  // Dependencies come first in level order, so their depth is final.
  for (ModuleId id : m.level_order)
    for (const ModuleEdge& e : r.graph->edges())
      if (e.from == id && band[idx(e.to)] == band[idx(id)] &&
          pos[idx(e.to)] < pos[idx(id)])
        depth[idx(id)] = std::max(depth[idx(id)], depth[idx(e.to)] + 1);
}

// Rows of modules: by band, deepest first, wrapped; `row_band` gets the band
// of each row.
Rows module_rows(const Report& r, const Model& m, std::vector<int>& row_band) {
  std::vector<int> band, depth;
  bands_and_depths(r, m, band, depth);
  std::map<std::pair<int, int>, std::vector<std::size_t>> groups;
  for (ModuleId id : m.level_order)
    groups[{band[idx(id)], -depth[idx(id)]}].push_back(idx(id));
  Rows rows;
  for (auto& [key, ids] : groups)
    for (std::size_t i = 0; i < ids.size(); i += kGraphRowMax) {
      const auto end = std::min(ids.size(), i + kGraphRowMax);
      rows.emplace_back(ids.begin() + i, ids.begin() + end);
      row_band.push_back(key.first);
    }
  return rows;
}

// Adds a waypoint to every row strictly between an edge's ends; returns the
// chain of items of each edge (source, waypoints..., target) and the number
// of waypoints.
std::vector<std::vector<std::size_t>> add_waypoints(const Model& m, Rows& rows,
                                                    std::size_t n,
                                                    std::size_t& waypoints) {
  std::vector<int> row_of(n, 0);
  for (std::size_t k = 0; k < rows.size(); ++k)
    for (std::size_t item : rows[k]) row_of[item] = static_cast<int>(k);
  std::size_t total = 0;
  for (const Cell& c : m.cells)
    total += static_cast<std::size_t>(std::max(
        0, std::abs(row_of[idx(c.edge->from)] - row_of[idx(c.edge->to)]) - 1));
  const bool route = total <= kMaxWaypoints;
  std::vector<std::vector<std::size_t>> chains;
  waypoints = 0;
  for (const Cell& c : m.cells) {
    const int a = row_of[idx(c.edge->from)], b = row_of[idx(c.edge->to)];
    std::vector<std::size_t> chain{idx(c.edge->from)};
    const int step = b > a ? 1 : -1;
    for (int k = a + step; route && std::abs(b - a) > 1 && k != b; k += step) {
      rows[k].push_back(n + waypoints);
      chain.push_back(n + waypoints++);
    }
    chain.push_back(idx(c.edge->to));
    chains.push_back(std::move(chain));
  }
  return chains;
}

// Reorders each row by the mean relative position of its neighbours.
void reduce_crossings(Rows& rows,
                      const std::vector<std::vector<std::size_t>>& chains,
                      std::size_t items) {
  std::vector<std::vector<std::size_t>> near(items);
  for (const auto& chain : chains)
    for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
      near[chain[i]].push_back(chain[i + 1]);
      near[chain[i + 1]].push_back(chain[i]);
    }
  std::vector<double> at(items, 0);
  auto measure = [&](const std::vector<std::size_t>& row) {
    for (std::size_t i = 0; i < row.size(); ++i)
      at[row[i]] = (static_cast<double>(i) + 0.5) / row.size();
  };
  for (const auto& row : rows) measure(row);
  for (int sweep = 0; sweep < 8; ++sweep)
    for (std::size_t k = 0; k < rows.size(); ++k) {
      auto& row = rows[sweep % 2 ? rows.size() - 1 - k : k];
      std::vector<std::pair<double, std::size_t>> keyed;
      for (std::size_t item : row) {
        double sum = 0;
        for (std::size_t o : near[item]) sum += at[o];
        const auto count = near[item].size();
        keyed.push_back({count ? sum / count : at[item], item});
      }
      std::stable_sort(keyed.begin(), keyed.end(),
                       [](auto& a, auto& b) { return a.first < b.first; });
      for (std::size_t i = 0; i < row.size(); ++i) row[i] = keyed[i].second;
      measure(row);
    }
}

// Space before `item` in a row whose previous item is `prev`.
double gap(std::size_t prev, std::size_t item, std::size_t n) {
  return prev < n && item < n ? kGap : kWayGap;
}

}  // namespace

GraphLayout layout_graph(const Report& r, const Model& m) {
  const std::size_t n = m.level_order.size();
  std::vector<int> row_band;
  Rows rows = module_rows(r, m, row_band);
  std::size_t waypoints = 0;
  const auto chains = add_waypoints(m, rows, n, waypoints);
  reduce_crossings(rows, chains, n + waypoints);
  GraphLayout g;
  g.nodes.resize(n);
  std::vector<double> x(n + waypoints, 0), width(n + waypoints, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const ModuleId id{static_cast<std::uint32_t>(i)};
    width[i] = label_width(r.map->name(id)) * kFont * 0.6 + 24;
    g.nodes[i] = {id, 0, 0, width[i], kBoxH, 0};
  }
  std::size_t widest_band = 0;
  for (const LayerBlock& b : m.blocks)
    widest_band = std::max(widest_band, label_width(b.name));
  g.left = m.blocks.empty() ? kMargin : widest_band * kFont * 0.6 + 28;
  // Row widths, then each row centred on the widest.
  std::vector<double> row_width(rows.size(), 0);
  double widest = 0;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    for (std::size_t i = 0; i < rows[k].size(); ++i)
      row_width[k] +=
          width[rows[k][i]] + (i ? gap(rows[k][i - 1], rows[k][i], n) : 0);
    widest = std::max(widest, row_width[k]);
  }
  double y = kMargin + kBandPad, row_top = y;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    if (k == 0 || row_band[k] != row_band[k - 1]) {
      if (k > 0) {
        g.bands.back().y1 = row_top + kBoxH + kBandPad;
        y = g.bands.back().y1 + kBandGap + kBandPad;
      }
      const int b = static_cast<int>(m.blocks.size()) - 1 - row_band[k];
      g.bands.push_back({m.blocks.empty() ? std::string() : m.blocks[b].name,
                         y - kBandPad, 0});
    }
    double at = g.left + (widest - row_width[k]) / 2;
    for (std::size_t i = 0; i < rows[k].size(); ++i) {
      const std::size_t item = rows[k][i];
      if (i) at += gap(rows[k][i - 1], item, n);
      x[item] = at + width[item] / 2;
      at += width[item];
      if (item < n) {
        g.nodes[item].x = x[item];
        g.nodes[item].y = y + kBoxH / 2;
        g.nodes[item].row = static_cast<int>(k);
      }
    }
    g.row_top.push_back(y);
    row_top = y;
    y += kRowPitch;
  }
  if (!g.bands.empty()) g.bands.back().y1 = row_top + kBoxH + kBandPad;
  for (const auto& chain : chains) {
    std::vector<double> via;
    for (std::size_t i = 1; i + 1 < chain.size(); ++i)
      via.push_back(x[chain[i]]);
    g.waypoints.push_back(std::move(via));
  }
  g.height = (g.bands.empty() ? row_top : g.bands.back().y1) + kMargin;
  g.width = g.left + widest + kMargin;
  return g;
}

}  // namespace seams::html

// Implements observed.h.
#include "drafts/observed.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace seams {
namespace {

std::map<std::string, DraftModule*> by_name(DraftConfig& draft) {
  std::map<std::string, DraftModule*> out;
  for (DraftModule& m : draft.modules) out[m.name] = &m;
  return out;
}

}  // namespace

void layer_by_levels(DraftConfig& draft, const std::vector<std::string>& names,
                     const ModuleGraph& graph) {
  const std::vector<int> levels = graph.levels();
  const int top =
      levels.empty() ? 0 : *std::max_element(levels.begin(), levels.end());
  draft.layers.clear();
  for (int l = top; l >= 0; --l)
    draft.layers.push_back(fmt::format("level{}", l));
  auto modules = by_name(draft);
  for (std::size_t id = 0; id < names.size() && id < levels.size(); ++id)
    if (auto it = modules.find(names[id]); it != modules.end())
      it->second->layer = fmt::format("level{}", levels[id]);
}

void depend_on_observed(DraftConfig& draft,
                        const std::vector<std::string>& names,
                        const ModuleGraph& graph) {
  std::map<std::string, std::set<std::string>> uses;
  for (const ModuleEdge& e : graph.edges()) {
    const auto from = static_cast<std::size_t>(e.from);
    const auto to = static_cast<std::size_t>(e.to);
    if (from < names.size() && to < names.size())
      uses[names[from]].insert(names[to]);
  }
  for (DraftModule& m : draft.modules) {
    const auto& u = uses[m.name];
    m.depends_on = std::vector<std::string>(u.begin(), u.end());
  }
}

}  // namespace seams

// Implements keep_changed (see changed_filter.h).
#include "rules/changed_filter.h"

#include <algorithm>
#include <set>

#include "rules/policy.h"

namespace seams {
namespace {

bool cycle_touched(const Finding& f, const ChangedFiles& changed,
                   const ModuleGraph& graph) {
  const std::set<ModuleId> members(f.modules.begin(), f.modules.end());
  for (const ModuleEdge& e : graph.edges()) {
    if (!members.count(e.from) || !members.count(e.to)) continue;
    for (const Evidence& ev : e.evidence)
      if (changed.contains(ev.file)) return true;
  }
  return false;
}

bool module_touched(ModuleId module, const ChangedFiles& changed,
                    const ModuleMap& map) {
  Diagnostics ignored;  // ownership conflicts were reported by the analysis
  return std::any_of(
      changed.files.begin(), changed.files.end(), [&](const std::string& f) {
        FileOwner o = map.classify(f, looks_like_header(f), ignored);
        return o.cls == FileClass::owned && o.module == module;
      });
}

}  // namespace

std::vector<Finding> keep_changed(const std::vector<Finding>& findings,
                                  const ChangedFiles& changed,
                                  const ModuleGraph& graph,
                                  const ModuleMap& map,
                                  std::string_view config_path) {
  if (changed.contains(config_path)) return findings;
  std::vector<Finding> kept;
  for (const Finding& f : findings) {
    if (!f.cycle.empty()) {
      if (cycle_touched(f, changed, graph)) kept.push_back(f);
      continue;
    }
    if (f.evidence.empty()) {
      if (f.from && module_touched(*f.from, changed, map)) kept.push_back(f);
      // A plugin's finding about modules or a place, without uses: when the
      // place or a file of one of its modules changed.
      else if (!f.from && !rule_namespace(f.rule).empty() &&
               ((f.config_location &&
                 changed.contains(f.config_location->file)) ||
                std::any_of(f.modules.begin(), f.modules.end(),
                            [&](ModuleId m) {
                              return module_touched(m, changed, map);
                            })))
        kept.push_back(f);
      continue;
    }
    Finding part = f;
    std::erase_if(part.evidence,
                  [&](const Evidence& e) { return !changed.contains(e.file); });
    if (!part.evidence.empty()) kept.push_back(std::move(part));
  }
  return kept;
}

}  // namespace seams

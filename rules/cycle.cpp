// Flags modules that depend on each other in a cycle: one finding per strongly
// connected component, with one concrete chain of edges (a file:line for each)
// and the lightest edges whose removal breaks every cycle of the component.
//   orders -> billing (billing::Invoice), billing -> orders (orders::Order)
//   -> "billing, orders form a dependency cycle: billing -> orders -> billing;
//   ..."
#include <fmt/format.h>

#include <algorithm>

#include "rules/rules.h"

namespace seams {
namespace {

std::string join_names(const ModuleMap& map, const std::vector<ModuleId>& ids,
                       std::string_view sep) {
  std::string out;
  for (ModuleId m : ids) {
    if (!out.empty()) out += sep;
    out += map.name(m);
  }
  return out;
}

class CycleRule final : public Rule {
 public:
  std::string_view id() const override { return "cycle"; }
  std::string_view summary() const override {
    return "Modules depend on each other in a cycle, so none can be extracted "
           "alone.";
  }
  std::string_view help() const override {
    return "Break the cycle: remove one of the edges listed as cheapest to "
           "cut, "
           "e.g. by moving the shared type into a lower module or by inverting "
           "the dependency behind an interface. `seams explain FROM TO` lists "
           "every use of an edge.";
  }
  void check(const RuleInput& in, FindingSink& out) const override {
    for (const auto& scc : in.graph.cycles()) {
      Finding f;
      f.modules = scc;
      f.cycle = in.graph.cycle_path(scc);
      for (std::size_t i = 0; i + 1 < f.cycle.size(); ++i) {
        const ModuleEdge* e = in.graph.edge(f.cycle[i], f.cycle[i + 1]);
        if (!e || e->evidence.empty()) continue;
        // A symbol use says *what* couples the modules; an include only where.
        auto it = std::find_if(
            e->evidence.begin(), e->evidence.end(),
            [](const Evidence& ev) { return ev.kind != UseKind::include; });
        f.evidence.push_back(it != e->evidence.end() ? *it
                                                     : e->evidence.front());
      }
      std::vector<std::string> cut_text;
      for (const auto& [from, to] : in.graph.lightest_cut(scc)) {
        const int uses = in.graph.edge(from, to)->uses();
        f.cut.push_back({from, to, uses});
        cut_text.push_back(fmt::format("{} -> {} ({} use{})", in.map.name(from),
                                       in.map.name(to), uses,
                                       uses == 1 ? "" : "s"));
      }
      f.message = fmt::format(
          "{} form a dependency cycle: {}; cheapest to cut: {}",
          join_names(in.map, scc, ", "), join_names(in.map, f.cycle, " -> "),
          fmt::join(cut_text, ", "));
      out.add(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_cycle_rule() {
  return std::make_unique<CycleRule>();
}

}  // namespace seams

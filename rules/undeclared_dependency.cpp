// Flags a dependency on a module that is not in the user's `depends_on` — or,
// with `depends_on_mode: transitive` (the tradition of levelized physical
// design: a package may use what its dependencies may use), not in the
// closure of the `depends_on` entries.
//   orders: {depends_on: [core]};  src/orders/a.cpp uses billing::Invoice
//   -> "orders uses billing, which is not in its depends_on"
#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <set>

#include "rules/rules.h"

namespace seams {
namespace {

// The modules `from` may use: its depends_on entries, and in transitive mode
// theirs, and so on. A module without depends_on contributes only itself (its
// dependencies are not declared, so none is implied).
std::set<std::string> allowed(const RuleInput& in, ModuleId from,
                              bool transitive) {
  std::set<std::string> out;
  std::deque<ModuleId> queue{from};
  while (!queue.empty()) {
    const ModuleId m = queue.front();
    queue.pop_front();
    const auto& declared = in.map.module_config(m).depends_on;
    if (!declared) continue;
    for (const NameRef& n : *declared) {
      if (!out.insert(n.name).second || !transitive) continue;
      if (auto next = in.map.find(n.name)) queue.push_back(*next);
    }
  }
  return out;
}

class UndeclaredDependencyRule final : public Rule {
 public:
  std::string_view id() const override { return "undeclared-dependency"; }
  std::string_view summary() const override {
    return "A module depends on a module that its depends_on does not list.";
  }
  void check(const RuleInput& in, FindingSink& out) const override {
    for (const ModuleEdge& e : in.graph.edges()) {
      const ModuleConfig& from = in.map.module_config(e.from);
      if (!from.depends_on) continue;  // no depends_on: unrestricted
      const bool transitive = from.transitive.value_or(in.config.transitive);
      const std::string& to = in.map.name(e.to);
      if (allowed(in, e.from, transitive).contains(to)) continue;
      Finding f;
      f.from = e.from;
      f.to = e.to;
      f.modules = {e.from, e.to};
      f.message =
          transitive ? fmt::format(
                           "{} uses {}, which is not in its depends_on nor "
                           "theirs (depends_on_mode: transitive)",
                           in.map.name(e.from), to)
                     : fmt::format("{} uses {}, which is not in its depends_on",
                                   in.map.name(e.from), to);
      f.evidence = e.evidence;
      out.add(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_undeclared_dependency_rule() {
  return std::make_unique<UndeclaredDependencyRule>();
}

}  // namespace seams

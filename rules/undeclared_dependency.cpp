// Flags a dependency on a module that is not in the user's `depends_on`.
//   orders: {depends_on: [core]};  src/orders/a.cpp uses billing::Invoice
//   -> "orders uses billing, which is not in its depends_on"
#include <fmt/format.h>

#include <algorithm>

#include "rules/rules.h"

namespace seams {
namespace {

class UndeclaredDependencyRule final : public Rule {
 public:
  std::string_view id() const override { return "undeclared-dependency"; }
  std::string_view summary() const override {
    return "A module depends on a module that its depends_on does not list.";
  }
  void check(const RuleInput& in, FindingSink& out) const override {
    for (const ModuleEdge& e : in.graph.edges()) {
      const auto& declared = in.map.module_config(e.from).depends_on;
      if (!declared) continue;  // no depends_on: unrestricted
      const std::string& to = in.map.name(e.to);
      if (std::any_of(declared->begin(), declared->end(),
                      [&](const NameRef& n) { return n.name == to; }))
        continue;
      Finding f;
      f.from = e.from;
      f.to = e.to;
      f.modules = {e.from, e.to};
      f.message = fmt::format("{} uses {}, which is not in its depends_on",
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

// Flags a `depends_on` entry the module never uses (a warning by default):
// stale declarations hide the real architecture and let new coupling in without
// review.
//   app: {depends_on: [analytics]}; nothing in app uses analytics
//   -> seams.yaml:9:24: "app declares a dependency on analytics but does not
//   use it"
#include <fmt/format.h>

#include "rules/rules.h"

namespace seams {
namespace {

class UnusedDependencyRule final : public Rule {
 public:
  std::string_view id() const override { return "unused-dependency"; }
  Severity default_severity() const override { return Severity::warning; }
  std::string_view summary() const override {
    return "A module lists a dependency in depends_on that it never uses.";
  }
  void check(const RuleInput& in, FindingSink& out) const override {
    for (std::size_t i = 0; i < in.map.size(); ++i) {
      const ModuleId from{static_cast<std::uint32_t>(i)};
      const auto& declared = in.map.module_config(from).depends_on;
      if (!declared) continue;
      for (const NameRef& dep : *declared) {
        auto to = in.map.find(dep.name);
        if (!to || *to == from || in.graph.edge(from, *to)) continue;
        Finding f;
        f.from = from;
        f.to = *to;
        f.modules = {from, *to};
        f.message =
            fmt::format("{} declares a dependency on {} but does not use it",
                        in.map.name(from), dep.name);
        f.config_location = ConfigLocation{in.config_display_path, dep.loc.line,
                                           dep.loc.column};
        out.add(std::move(f));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_unused_dependency_rule() {
  return std::make_unique<UnusedDependencyRule>();
}

}  // namespace seams

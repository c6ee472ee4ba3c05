// Flags a dependency on a module that is not in the user's `depends_on` (its
// entries expanded: globs and `group:` references, plus what the module's
// group's `depends_on` allows) — or, with `depends_on_mode: transitive` (the
// tradition of levelized physical design: a package may use what its
// dependencies may use), not in the closure of those.
//   orders: {depends_on: [core]};  src/orders/a.cpp uses billing::Invoice
//   -> "orders uses billing, which is not in its depends_on"
#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>

#include "rules/rules.h"

namespace seams {
namespace {

// What each module may use directly (by ModuleId): its expanded depends_on
// entries and its group's; nullopt when it declares none (unrestricted).
using Declared = std::vector<std::optional<std::vector<ModuleId>>>;

Declared declared_dependencies(const RuleInput& in) {
  Declared out(in.map.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    const ModuleId id{static_cast<std::uint32_t>(i)};
    const auto names = in.config.direct_dependencies(in.map.module_config(id));
    if (!names) continue;
    out[i].emplace();
    for (const std::string& name : *names)
      if (auto to = in.map.find(name)) out[i]->push_back(*to);
  }
  return out;
}

// The modules `from` may use: what it declares, and in transitive mode what
// those declare, and so on. A module that declares none contributes only
// itself (its dependencies are not declared, so none is implied).
std::set<ModuleId> allowed(const Declared& declared, ModuleId from,
                           bool transitive) {
  std::set<ModuleId> out;
  std::deque<ModuleId> queue{from};
  while (!queue.empty()) {
    const ModuleId m = queue.front();
    queue.pop_front();
    const auto& direct = declared[static_cast<std::size_t>(m)];
    if (!direct) continue;
    for (ModuleId next : *direct)
      if (out.insert(next).second && transitive) queue.push_back(next);
  }
  return out;
}

// What a refused use was checked against, for the message.
std::string_view declared_by(const RuleInput& in, const ModuleConfig& from) {
  const GroupConfig* group =
      from.group ? in.config.find_group(*from.group) : nullptr;
  if (group == nullptr || !group->depends_on) return "its depends_on";
  return from.depends_on ? "its depends_on nor its group's"
                         : "its group's depends_on";
}

class UndeclaredDependencyRule final : public Rule {
 public:
  std::string_view id() const override { return "undeclared-dependency"; }
  std::string_view summary() const override {
    return "A module depends on a module that its depends_on does not list.";
  }
  std::string_view help() const override {
    return "Either remove the use, or declare the dependency by adding the "
           "module to `depends_on` in seams.yaml (a reviewed architecture "
           "change).";
  }
  void check(const RuleInput& in, FindingSink& out) const override {
    const Declared declared = declared_dependencies(in);
    std::map<ModuleId, std::set<ModuleId>> allowed_by;  // computed once each
    for (const ModuleEdge& e : in.graph.edges()) {
      const ModuleConfig& from = in.map.module_config(e.from);
      // Nothing declared (by the module or its group): unrestricted.
      if (!declared[static_cast<std::size_t>(e.from)]) continue;
      const bool transitive = from.transitive.value_or(in.config.transitive);
      auto it = allowed_by.find(e.from);
      if (it == allowed_by.end())
        it = allowed_by.emplace(e.from, allowed(declared, e.from, transitive))
                 .first;
      if (it->second.contains(e.to)) continue;
      const std::string& to = in.map.name(e.to);
      Finding f;
      f.from = e.from;
      f.to = e.to;
      f.modules = {e.from, e.to};
      const std::string_view what = declared_by(in, from);
      f.message = transitive ? fmt::format(
                                   "{} uses {}, which is not in {} nor theirs "
                                   "(depends_on_mode: transitive)",
                                   in.map.name(e.from), to, what)
                             : fmt::format("{} uses {}, which is not in {}",
                                           in.map.name(e.from), to, what);
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

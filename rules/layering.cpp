// Flags a dependency on a module in a higher layer.
//   layers: [app, domain, platform]; platform/log.cpp uses domain::Order
//   -> "core (layer platform) uses orders from the higher layer domain"
#include <fmt/format.h>

#include "rules/rules.h"

namespace seams {
namespace {

class LayeringRule final : public Rule {
 public:
  std::string_view id() const override { return "layering"; }
  std::string_view summary() const override {
    return "A module depends on a module of a higher layer.";
  }
  std::string_view help() const override {
    return "A module may use modules of its own layer or lower (`layers` in "
           "seams.yaml lists them top first). Move the used code down, or "
           "invert the dependency behind an interface owned by the lower "
           "module.";
  }
  void check(const RuleInput& in, FindingSink& out) const override {
    for (const ModuleEdge& e : in.graph.edges()) {
      const auto fl = in.map.layer_of(e.from);
      const auto tl = in.map.layer_of(e.to);
      // Layers are listed top first: a smaller index is a higher layer.
      if (!fl || !tl || *tl >= *fl) continue;
      Finding f;
      f.from = e.from;
      f.to = e.to;
      f.modules = {e.from, e.to};
      f.message = fmt::format("{} (layer {}) uses {} from the higher layer {}",
                              in.map.name(e.from), in.config.layers[*fl].name,
                              in.map.name(e.to), in.config.layers[*tl].name);
      f.evidence = e.evidence;
      out.add(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_layering_rule() {
  return std::make_unique<LayeringRule>();
}

}  // namespace seams

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
  void check(const RuleInput& in, FindingSink& out) const override {
    for (const ModuleEdge& e : in.graph.edges()) {
      const auto& from_layer = in.map.module_config(e.from).layer;
      const auto& to_layer = in.map.module_config(e.to).layer;
      if (!from_layer || !to_layer) continue;
      auto fl = in.config.layer_index(from_layer->name);
      auto tl = in.config.layer_index(to_layer->name);
      // Layers are listed top first: a smaller index is a higher layer.
      if (!fl || !tl || *tl >= *fl) continue;
      Finding f;
      f.from = e.from;
      f.to = e.to;
      f.modules = {e.from, e.to};
      f.message = fmt::format("{} (layer {}) uses {} from the higher layer {}",
                              in.map.name(e.from), from_layer->name,
                              in.map.name(e.to), to_layer->name);
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

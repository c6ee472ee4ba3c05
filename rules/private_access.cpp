// Flags uses of another module's private files: an #include of a non-public
// header, or a symbol whose home is a non-public file (also when it arrived
// through a public header's includes).
//   billing: {public: ["src/billing/include/**"]}; orders/a.cpp includes
//   billing/internal/x.h
//   -> "orders uses private files of billing"
#include <fmt/format.h>

#include "rules/rules.h"

namespace seams {
namespace {

class PrivateAccessRule final : public Rule {
 public:
  std::string_view id() const override { return "private-access"; }
  std::string_view summary() const override {
    return "A module includes or uses a file that another module does not make "
           "public.";
  }
  std::string_view help() const override {
    return "Use only files listed in the other module's `public` globs: "
           "include "
           "its public header instead, or ask its owners to make the needed "
           "declaration public.";
  }
  void check(const RuleInput& in, FindingSink& out) const override {
    for (const ModuleEdge& e : in.graph.edges()) {
      std::vector<Evidence> private_uses;
      for (const Evidence& ev : e.evidence)
        if (!ev.target_public) private_uses.push_back(ev);
      if (private_uses.empty()) continue;
      Finding f;
      f.from = e.from;
      f.to = e.to;
      f.modules = {e.from, e.to};
      f.message = fmt::format("{} uses private files of {}",
                              in.map.name(e.from), in.map.name(e.to));
      f.evidence = std::move(private_uses);
      out.add(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_private_access_rule() {
  return std::make_unique<PrivateAccessRule>();
}

}  // namespace seams

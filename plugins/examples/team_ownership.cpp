// team-ownership: a seams plugin (docs/plugins.md). With `owners:` in
// seams.yaml, a module owned by one team may not use a module owned only by
// other teams unless that use is declared: in its depends_on, or allowed in
// plugin_options:
//   modules:
//     web:      {paths: ["src/web/**"], owners: ["@team-web"]}
//     payments: {paths: ["src/payments/**"], owners: ["@team-pay"]}
//   plugin_options:
//     team-ownership:
//       allow: [{from: web, to: payments}]                 # module pairs
//       allow_teams: [{from: "@team-web", to: "@team-core"}]  # team pairs
//       severity: warning                                 # default: error
//   src/web/cart.cpp uses payments::charge
//     -> error [team-ownership/cross-team] (unless one of the above allows it)
// Modules without owners, and modules sharing an owner, are never judged.
#include <seams/plugin.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

using seams::plugin::Answer;
using seams::plugin::Edge;
using seams::plugin::Input;
using seams::plugin::Module;

using Pairs = std::set<std::pair<std::string, std::string>>;

struct Options {
  Pairs modules;  // allow
  Pairs teams;    // allow_teams
  std::string severity = "error";
};

Pairs pairs(const nlohmann::json& list, const char* key) {
  Pairs out;
  if (!list.is_array())
    throw std::runtime_error(std::string("option '") + key +
                             "' must be a list of {from, to}");
  for (const auto& p : list) {
    if (!p.is_object() || !p.contains("from") || !p.contains("to") ||
        !p["from"].is_string() || !p["to"].is_string() || p.size() != 2)
      throw std::runtime_error(std::string("option '") + key +
                               "': each entry is {from: NAME, to: NAME}, not " +
                               p.dump());
    out.emplace(p["from"].get<std::string>(), p["to"].get<std::string>());
  }
  return out;
}

Options options(const Input& in) {
  Options o;
  if (in.options.is_null()) return o;
  if (!in.options.is_object())
    throw std::runtime_error("options must be a map");
  for (const auto& [key, value] : in.options.items()) {
    if (key == "allow") {
      o.modules = pairs(value, "allow");
    } else if (key == "allow_teams") {
      o.teams = pairs(value, "allow_teams");
    } else if (key == "severity" && value.is_string() &&
               (value == "error" || value == "warning")) {
      o.severity = value.get<std::string>();
    } else {
      throw std::runtime_error("unknown option '" + key + "' (or bad value " +
                               value.dump() +
                               "); known: allow, allow_teams, severity "
                               "(error|warning)");
    }
  }
  for (const auto& [from, to] : o.modules)
    for (const std::string& name : {from, to})
      if (!in.module(name))
        throw std::runtime_error("option 'allow' names unknown module '" +
                                 name + "'");
  return o;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

bool shares_owner(const Module& a, const Module& b) {
  return std::any_of(a.owners.begin(), a.owners.end(), [&](const auto& o) {
    return std::find(b.owners.begin(), b.owners.end(), o) != b.owners.end();
  });
}

bool team_allowed(const Options& o, const Module& a, const Module& b) {
  for (const std::string& x : a.owners)
    for (const std::string& y : b.owners)
      if (o.teams.count({x, y})) return true;
  return false;
}

void check(const Input& in, Answer& out) {
  out.rule("cross-team",
           "A module uses a module owned only by other teams without "
           "declaring it.",
           "Declare the dependency in the using module's depends_on (a "
           "reviewer of both teams sees it), allow the pair in "
           "plugin_options.team-ownership.allow, or call through a module "
           "your team owns.");
  const Options o = options(in);
  for (const Edge& e : in.edges) {
    const Module* from = in.module(e.from);
    const Module* to = in.module(e.to);
    if (!from || !to || from->owners.empty() || to->owners.empty()) continue;
    if (shares_owner(*from, *to) || from->declares(to->name) ||
        o.modules.count({from->name, to->name}) || team_allowed(o, *from, *to))
      continue;
    seams::plugin::Finding f;
    f.rule = "cross-team";
    f.message = from->name + " (" + joined(from->owners) + ") uses " +
                to->name + " (" + joined(to->owners) + ") without declaring it";
    f.severity = o.severity;
    f.from = from->name;
    f.to = to->name;
    f.evidence = e.evidence;
    out.add(f);
  }
}

}  // namespace

int main() { return seams::plugin::run(check); }

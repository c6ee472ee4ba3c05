// Evaluates policies (see policy.h) use by use: a use is written in a file of
// module A and uses something whose home is a file of module B.
#include "rules/policy.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace seams {
namespace {

// The modules a module selector stands for, as a lookup by id.
std::vector<bool> module_set(const Selector& sel, const ModuleMap& map) {
  std::vector<bool> in(map.id_count(), false);
  for (const std::string& name : sel.modules)
    if (auto id = map.find(name)) in[idx(*id)] = true;
  return in;
}

/// A selector ready to test uses.
struct Matcher {
  const Selector* sel;
  std::vector<bool> modules;  // kind modules only
  /// Glob results by name or path: a codebase names a few thousand symbols
  /// and files tens of thousands of times (std::string in every module), and
  /// a lookup is cheaper than a match. The keys are copies: evidence moves
  /// (rule exceptions rebuild findings' lists) while the memo lives.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>{}(s);
    }
  };
  mutable std::unordered_map<std::string, bool, Hash, std::equal_to<>> seen =
      {};
  /// What a text must start with to match: the glob up to its first wildcard
  /// ("legacy::" of "legacy::*"). Most uses fail here, in a few instructions.
  std::string literal_prefix = {};
  /// The longest run of the glob without a wildcard ("Legacy" of
  /// "*Legacy*"): a text without it cannot match either.
  std::string literal_run = {};
  bool glob_matches(std::string_view text) const {
    if (!text.starts_with(literal_prefix)) return false;
    if (text.find(literal_run) == std::string_view::npos) return false;
    if (const auto it = seen.find(text); it != seen.end()) return it->second;
    const bool hit = sel->glob->matches(text);
    seen.emplace(std::string(text), hit);
    return hit;
  }
};

Matcher matcher(const Selector& s, const ModuleMap& map) {
  Matcher m{&s, s.kind == Selector::Kind::modules ? module_set(s, map)
                                                  : std::vector<bool>()};
  // (Not for a glob with a "." segment, which matching drops: "./src/**".)
  if (s.glob &&
      ("/" + s.glob->pattern() + "/").find("/./") == std::string::npos) {
    const std::string& pattern = s.glob->pattern();
    m.literal_prefix = pattern.substr(0, pattern.find_first_of("*?["));
    std::string run;
    for (std::size_t i = 0; i <= pattern.size(); ++i) {
      const bool end = i == pattern.size();
      if (end || pattern[i] == '*' || pattern[i] == '?' || pattern[i] == '[') {
        if (run.size() > m.literal_run.size()) m.literal_run = run;
        run.clear();
        if (!end && pattern[i] == '[') {  // a class: skip to its ']'
          const std::size_t close = pattern.find(']', i + 2);
          i = close == std::string::npos ? pattern.size() - 1 : close;
        }
        continue;
      }
      run += pattern[i];
    }
  }
  return m;
}

std::vector<Matcher> matchers(const std::vector<Selector>& sels,
                              const ModuleMap& map) {
  std::vector<Matcher> out;
  for (const Selector& s : sels) out.push_back(matcher(s, map));
  return out;
}

// Whether the use `e` of edge `from -> to` is written where `m` says.
bool written_in(const Matcher& m, ModuleId from, const Evidence& e) {
  if (m.sel->kind == Selector::Kind::modules) return m.modules[idx(from)];
  return m.sel->kind == Selector::Kind::path && m.glob_matches(e.file);
}

// Whether the use `e` of edge `from -> to` uses what `m` names.
bool uses_target(const Matcher& m, ModuleId to, const Evidence& e) {
  switch (m.sel->kind) {
    case Selector::Kind::modules:
      return m.modules[idx(to)];
    case Selector::Kind::path:
      return m.glob_matches(e.target);
    case Selector::Kind::symbol:
      return (e.kind == UseKind::symbol || e.kind == UseKind::declaration) &&
             m.glob_matches(e.symbol);
    case Selector::Kind::macro:
      return e.kind == UseKind::macro && m.glob_matches(e.symbol);
  }
  return false;
}

// A side of a policy: no negated entry matches, and a positive one does (or
// there is none).
template <class Test>
bool side_matches(const std::vector<Matcher>& side, Test test) {
  bool positive = false, any_positive = false;
  for (const Matcher& m : side) {
    const bool hit = test(m);
    if (m.sel->negated) {
      if (hit) return false;
    } else {
      any_positive = true;
      positive = positive || hit;
    }
  }
  return positive || !any_positive;
}

// A policy's or a rule's `except:` list, ready to test uses.
struct CompiledExceptions {
  std::string owner;  // "policy" or "rule"
  std::string id;
  const std::vector<PolicyException>* list;
  std::vector<std::optional<Matcher>> targets;  // one per exception
  std::vector<int> excused;                     // uses each excused
};

CompiledExceptions compile_exceptions(std::string owner, std::string id,
                                      const std::vector<PolicyException>& list,
                                      const ModuleMap& map) {
  CompiledExceptions c{std::move(owner),
                       std::move(id),
                       &list,
                       {},
                       std::vector<int>(list.size(), 0)};
  for (const PolicyException& ex : list)
    c.targets.push_back(ex.target ? std::optional(matcher(*ex.target, map))
                                  : std::nullopt);
  return c;
}

struct CompiledPolicy {
  const PolicyConfig* config;
  std::vector<Matcher> from, to;
  CompiledExceptions except;
};

bool counts(const PolicyConfig& p, UseKind kind) {
  if (p.uses.empty()) return true;
  return std::find(p.uses.begin(), p.uses.end(), to_string(kind)) !=
         p.uses.end();
}

bool modules_only(const std::vector<Matcher>& side) {
  return std::all_of(side.begin(), side.end(), [](const Matcher& m) {
    return m.sel->kind == Selector::Kind::modules;
  });
}

// Whether some use of `edge` may violate `p`, judged by its modules alone: a
// side that names modules only is decided by the edge, so most edges are
// skipped without looking at their uses.
bool may_violate(const CompiledPolicy& p, const ModuleEdge& edge) {
  if (modules_only(p.to) && !side_matches(p.to, [&](const Matcher& m) {
        return m.modules[idx(edge.to)];
      }))
    return false;
  if (!modules_only(p.from)) return true;
  const bool from = side_matches(
      p.from, [&](const Matcher& m) { return m.modules[idx(edge.from)]; });
  return p.config->kind == PolicyKind::forbid ? from : !from;
}

bool violates(const CompiledPolicy& p, const ModuleEdge& edge,
              const Evidence& e) {
  if (!counts(*p.config, e.kind)) return false;
  const bool to = side_matches(
      p.to, [&](const Matcher& m) { return uses_target(m, edge.to, e); });
  if (!to) return false;
  const bool from = side_matches(
      p.from, [&](const Matcher& m) { return written_in(m, edge.from, e); });
  return p.config->kind == PolicyKind::forbid ? from : !from;
}

bool expired(const PolicyException& ex, const std::string& today) {
  return ex.until && !today.empty() && *ex.until < today;
}

// The exception that allows `e`, or -1. An expired one allows nothing.
int excusing(CompiledExceptions& c, ModuleId to, const Evidence& e,
             const std::string& today) {
  for (std::size_t i = 0; i < c.list->size(); ++i) {
    const PolicyException& ex = (*c.list)[i];
    if (expired(ex, today) || !ex.file->matches(e.file)) continue;
    if (ex.target && !uses_target(*c.targets[i], to, e)) continue;
    ++c.excused[i];
    return static_cast<int>(i);
  }
  return -1;
}

// A stale-exception finding (no severity yet) for each exception that has
// expired, or (when its rule or policy runs) excused nothing.
void report_stale(const RuleInput& in, const CompiledExceptions& c, bool active,
                  std::vector<Finding>& out) {
  for (std::size_t i = 0; i < c.list->size(); ++i) {
    const PolicyException& ex = (*c.list)[i];
    const bool gone = expired(ex, in.today);
    if (!gone && (c.excused[i] > 0 || !active)) continue;
    Finding f;
    const std::string what = fmt::format(
        "the exception of {} '{}' for '{}'{}", c.owner, c.id, ex.file_text,
        ex.target ? " -> '" + ex.target->text + "'" : "");
    f.message = gone ? fmt::format(
                           "{} expired on {}: its uses are reported "
                           "again; fix them, or renew it with a reason",
                           what, *ex.until)
                     : fmt::format("{} matches no use; remove it", what);
    f.config_location =
        ConfigLocation{in.config_display_path, ex.loc.line, ex.loc.column};
    f.config_entry = exception_name(c.id, ex);
    out.push_back(std::move(f));
  }
}

}  // namespace

std::string exception_name(const std::string& id, const PolicyException& ex) {
  return fmt::format("{}: {}{}", id, ex.file_text,
                     ex.target ? " -> " + ex.target->text : "");
}

PolicyOutcome evaluate_policies(const RuleInput& in) {
  PolicyOutcome out;
  std::vector<CompiledPolicy> policies;
  for (const PolicyConfig& p : in.config.policies) {
    policies.push_back({&p, matchers(p.from, in.map), matchers(p.to, in.map),
                        compile_exceptions("policy", p.id, p.except, in.map)});
  }
  // Edges between modules, then to libraries: in (from, to) order both.
  std::vector<std::reference_wrapper<const ModuleEdge>> edges(
      in.graph.edges().begin(), in.graph.edges().end());
  edges.insert(edges.end(), in.graph.library_edges().begin(),
               in.graph.library_edges().end());
  for (CompiledPolicy& p : policies) {
    if (p.config->severity == RuleSeverity::off) continue;
    for (const ModuleEdge& edge : edges) {
      if (!may_violate(p, edge)) continue;
      Finding f;
      for (const Evidence& e : edge.evidence) {
        if (!violates(p, edge, e)) continue;
        if (excusing(p.except, edge.to, e, in.today) >= 0) continue;
        f.evidence.push_back(e);
      }
      if (f.evidence.empty()) continue;
      f.rule = p.config->id;
      f.severity = p.config->severity == RuleSeverity::warning
                       ? Severity::warning
                       : Severity::error;
      f.from = edge.from;
      f.to = edge.to;
      f.modules = {edge.from, edge.to};
      f.message =
          fmt::format("{} uses {}: {}", in.map.name(edge.from),
                      edge.to == in.map.other_library() ? "external code"
                                                        : in.map.name(edge.to),
                      p.config->message);
      out.findings.push_back(std::move(f));
    }
  }
  for (const CompiledPolicy& p : policies)
    report_stale(in, p.except, p.config->severity != RuleSeverity::off,
                 out.stale);
  return out;
}

std::string_view rule_namespace(std::string_view id) {
  const std::size_t slash = id.find('/');
  return slash == std::string_view::npos ? std::string_view()
                                         : id.substr(0, slash);
}

std::vector<Finding> apply_rule_exceptions(const RuleInput& in,
                                           std::vector<Finding>& findings,
                                           std::string_view plugin) {
  std::vector<Finding> stale;
  for (const auto& [rule, list] : in.config.rule_exceptions) {
    if (rule_namespace(rule) != plugin) continue;
    CompiledExceptions c = compile_exceptions("rule", rule, list, in.map);
    std::vector<Finding> kept;
    for (Finding& f : findings) {
      // A cycle and a finding about seams.yaml are judged as a whole.
      if (f.rule != rule || !f.cycle.empty() || f.config_location || !f.to) {
        kept.push_back(std::move(f));
        continue;
      }
      std::vector<Evidence> left;
      for (Evidence& e : f.evidence)
        if (excusing(c, *f.to, e, in.today) < 0) left.push_back(std::move(e));
      if (left.empty()) continue;
      f.evidence = std::move(left);
      kept.push_back(std::move(f));
    }
    findings = std::move(kept);
    const auto it = in.config.rules.find(rule);
    report_stale(in, c,
                 it == in.config.rules.end() || it->second != RuleSeverity::off,
                 stale);
  }
  return stale;
}

}  // namespace seams

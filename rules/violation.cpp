// Implements violation keys (see violation.h).
#include "rules/violation.h"

#include <fmt/format.h>

#include <algorithm>

namespace seams {

std::ostream& operator<<(std::ostream& os, const ViolationKey& k) {
  return os << fmt::format("{{{}, {} -> {}, [{}], {}, {}, {}}}", k.rule, k.from,
                           k.to, fmt::join(k.modules, ", "), k.file, k.kind,
                           k.symbol);
}

std::string describe(const ViolationKey& k) {
  if (!k.modules.empty() || (k.from.empty() && !k.file.empty())) {
    std::string out = fmt::format("{}: {}", k.rule, fmt::join(k.modules, ", "));
    return k.file.empty() ? out : fmt::format("{} ({})", out, k.file);
  }
  std::string out = fmt::format("{}: {} -> {}", k.rule, k.from, k.to);
  if (k.file.empty()) return out;
  const char* verb = k.kind == "include" ? "includes"
                     : k.kind == "macro" ? "expands macro"
                                         : "uses";
  return fmt::format("{}: {} {} {}", out, k.file, verb, k.symbol);
}

std::string fingerprint(const ViolationKey& key) {
  // Unit separators keep ("ab", "c") and ("a", "bc") apart.
  std::string text = "seams-violation-v1";
  for (const std::string* part :
       {&key.rule, &key.from, &key.to, &key.file, &key.kind, &key.symbol})
    text += "\x1f" + *part;
  for (const auto& m : key.modules) text += "\x1e" + m;
  return stable_hash(text);
}

bool counts_per_use(const Finding& f) {
  return f.cycle.empty() && f.from && f.to && !f.evidence.empty();
}

int count_violations(const std::vector<Finding>& findings) {
  int n = 0;
  for (const Finding& f : findings)
    n += counts_per_use(f) ? static_cast<int>(f.evidence.size()) : 1;
  return n;
}

ViolationKey use_key(const Finding& f, const Evidence& e,
                     const ModuleMap& map) {
  ViolationKey k = finding_key(f, map);
  k.file = e.file;
  k.kind = std::string(to_string(e.kind));
  // An include is keyed by the header it resolves to, not its spelling, so
  // "billing/x.h" and "../billing/x.h" are the same violation.
  k.symbol = e.kind == UseKind::include ? e.target : e.symbol;
  return k;
}

ViolationKey finding_key(const Finding& f, const ModuleMap& map) {
  ViolationKey k;
  k.rule = f.rule;
  if (!f.cycle.empty() || !f.from || !f.to) {
    for (ModuleId m : f.modules) k.modules.push_back(map.name(m));
    std::sort(k.modules.begin(), k.modules.end());
    // A finding about one file (parse-failure) is that file's, not its
    // module's: two broken TUs are two entries.
    if (f.cycle.empty() && f.config_location) k.file = f.config_location->file;
    // Two unused glob or group entries of one module are two entries.
    k.symbol = f.config_entry;
    return k;
  }
  k.from = map.name(*f.from);
  k.to = map.name(*f.to);
  return k;
}

}  // namespace seams

// `seams explain FROM TO`: every piece of evidence of one module edge, as
// jumpable lines, then the counts and which findings involve the edge.
#include <fmt/format.h>

#include "reporters/reporter.h"

namespace seams {

void write_explanation(const Report& r, ModuleId from, ModuleId to,
                       std::ostream& out) {
  const std::string& a = r.map->name(from);
  const std::string& b = r.map->name(to);
  const ModuleEdge* e = r.graph->edge(from, to);
  if (!e) {
    out << fmt::format("{} does not depend on {}\n", a, b);
    return;
  }
  for (const Evidence& ev : e->evidence) {
    out << fmt::format(
        "{}:{}:{}: {} -> {}: {}{}\n", ev.file, ev.line, ev.column, a, b,
        describe(ev),
        ev.context.empty() ? "" : fmt::format(" in {}", ev.context));
  }
  out << fmt::format(
      "{} -> {}: {} include{}, {} symbol use{}, {} macro use{}\n", a, b,
      e->includes, e->includes == 1 ? "" : "s", e->symbols,
      e->symbols == 1 ? "" : "s", e->macros, e->macros == 1 ? "" : "s");
  for (const Finding& f : r.findings) {
    const bool pair = f.from == from && f.to == to;
    bool on_cycle = false;
    for (std::size_t i = 0; i + 1 < f.cycle.size(); ++i)
      on_cycle |= f.cycle[i] == from && f.cycle[i + 1] == to;
    if (pair || on_cycle)
      out << fmt::format("{}: {} [{}]\n", to_string(f.severity), f.message,
                         f.rule);
  }
}

}  // namespace seams

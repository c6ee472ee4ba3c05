// `seams explain FROM TO`: every piece of evidence of one module edge, as
// jumpable lines, then the counts and which findings involve the edge. Names
// FROM sees only through its own forward declarations (not a dependency by
// default) are listed after, so the link stays visible.
#include <fmt/format.h>

#include "reporters/reporter.h"

namespace seams {
namespace {

std::string plural(int n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

void write_evidence(const ModuleEdge& e, const std::string& a,
                    const std::string& b, std::ostream& out) {
  for (const Evidence& ev : e.evidence) {
    out << fmt::format(
        "{}:{}:{}: {} -> {}: {}{}\n", ev.file, ev.line, ev.column, a, b,
        describe(ev),
        ev.context.empty() ? "" : fmt::format(" in {}", ev.context));
  }
}

}  // namespace

void write_explanation(const Report& r, ModuleId from, ModuleId to,
                       std::ostream& out) {
  const std::string& a = r.map->name(from);
  const std::string& b = r.map->name(to);
  const ModuleEdge* e = r.map->is_library(to) ? r.graph->library_edge(from, to)
                                              : r.graph->edge(from, to);
  const ModuleEdge* weak = r.graph->declaration_edge(from, to);
  if (!e && !weak) {
    out << fmt::format("{} does not depend on {}\n", a, b);
    return;
  }
  if (e) {
    write_evidence(*e, a, b, out);
    out << fmt::format("{} -> {}: {}, {}, {}{}\n", a, b,
                       plural(e->count(UseKind::include), "include"),
                       plural(e->count(UseKind::symbol), "symbol use"),
                       plural(e->count(UseKind::macro), "macro use"),
                       e->count(UseKind::declaration) > 0
                           ? ", " + plural(e->count(UseKind::declaration),
                                           "forward-declared name")
                           : "");
  } else {
    out << fmt::format("{} does not depend on {}\n", a, b);
  }
  if (weak) {
    write_evidence(*weak, a, b, out);
    out << fmt::format(
        "{} -> {}: {} seen only through {}'s own forward declarations (not a "
        "dependency; 'forward_declarations: dependency' in seams.yaml counts "
        "them)\n",
        a, b, plural(weak->count(UseKind::declaration), "name"), a);
  }
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

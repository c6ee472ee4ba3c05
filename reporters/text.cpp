// The terminal format: compiler-style `file:line:col: error: message [rule]`
// lines that editors and CI logs jump to, grouped by module pair, then a
// summary line. Colour only when asked (the CLI asks on a TTY).
#include <fmt/format.h>

#include "reporters/reporter.h"
#include "reporters/use_lines.h"

namespace seams {
namespace {

struct Style {
  bool on;
  std::string paint(std::string_view code, std::string_view text) const {
    return on ? fmt::format("\033[{}m{}\033[0m", code, text)
              : std::string(text);
  }
  std::string location(std::string_view loc) const { return paint("1", loc); }
  std::string severity(std::string_view sev) const {
    return paint(sev == "error"     ? "1;31"
                 : sev == "warning" ? "1;35"
                                    : "1;36",
                 fmt::format("{}:", sev));
  }
};

std::string group_title(const Finding& f, const ModuleMap& map) {
  if (f.from && f.to)
    return fmt::format("{} -> {}", map.name(*f.from), map.name(*f.to));
  std::string members;
  for (ModuleId m : f.modules)
    members += (members.empty() ? "" : ", ") + map.name(m);
  // A finding of no module: what it is about (a stale exception's name, the
  // unowned file that failed to parse).
  if (members.empty())
    members = !f.config_entry.empty() ? f.config_entry
              : f.config_location     ? f.config_location->file
                                      : "";
  return fmt::format("{}: {}", f.rule, members);
}

std::string loc(const Evidence& e) {
  return fmt::format("{}:{}:{}", e.file, e.line, e.column);
}

void write_cycle(const Finding& f, const Report& r, const Style& s,
                 std::ostream& out) {
  const auto sev = to_string(f.severity);
  for (std::size_t i = 0; i < f.evidence.size(); ++i) {
    const Evidence& e = f.evidence[i];
    std::string edge = i + 1 < f.cycle.size()
                           ? fmt::format("{} -> {}", r.map->name(f.cycle[i]),
                                         r.map->name(f.cycle[i + 1]))
                           : std::string();
    if (i == 0) {
      out << fmt::format("{}: {} {}; {}: {} [{}]\n", s.location(loc(e)),
                         s.severity(sev), f.message, edge, describe(e), f.rule);
    } else {
      out << fmt::format("{}: {} {}: {}\n", s.location(loc(e)),
                         s.severity("note"), edge, describe(e));
    }
  }
}

void write_finding(const Finding& f, const Report& r, const Style& s,
                   std::ostream& out) {
  const auto sev = to_string(f.severity);
  if (f.config_location) {
    const auto& c = *f.config_location;
    out << fmt::format(
        "{}: {} {} [{}]\n",
        s.location(fmt::format("{}:{}:{}", c.file, c.line, c.column)),
        s.severity(sev), f.message, f.rule);
  }
  if (!f.cycle.empty()) return write_cycle(f, r, s, out);
  const std::size_t shown = shown_count(f.evidence.size(), r.max_evidence);
  for (std::size_t i = 0; i < shown; ++i) {
    const Evidence& e = f.evidence[i];
    out << fmt::format("{}: {} {}: {} [{}]\n", s.location(loc(e)),
                       s.severity(sev), f.message, describe(e), f.rule);
  }
  if (shown < f.evidence.size())
    out << fmt::format("{} {} more\n", s.severity("note"),
                       f.evidence.size() - shown);
}

// The findings of one module pair, one line per use with all its rules.
void write_uses(const std::vector<const Finding*>& run, const Report& r,
                const Style& s, std::ostream& out) {
  const PairUses uses = merge_uses(run, r.max_evidence);
  for (const UseLine& u : uses.shown) {
    out << fmt::format("{}: {} {}: {} [{}]\n", s.location(loc(*u.evidence)),
                       s.severity(to_string(u.severity())), u.message(),
                       describe(*u.evidence), u.rules());
  }
  const Finding& f = *run.front();
  if (uses.hidden > 0) {
    out << fmt::format("{} {} more; see 'seams explain {} {}'\n",
                       s.severity("note"), uses.hidden, r.map->name(*f.from),
                       r.map->name(*f.to));
  }
}

std::string plural(int n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

class TextReporter final : public Reporter {
 public:
  std::string_view name() const override { return "text"; }
  void write(const Report& r, std::ostream& out) const override {
    const Style s{r.color};
    std::string last_group;
    for (const auto& run : runs_by_pair(r.findings)) {
      std::string title = group_title(*run.front(), *r.map);
      if (title != last_group) {
        if (!last_group.empty()) out << '\n';
        out << s.paint("1", fmt::format("== {} ==", title)) << '\n';
        last_group = title;
      }
      if (is_use_finding(*run.front()))
        write_uses(run, r, s, out);
      else
        write_finding(*run.front(), r, s, out);
    }
    if (!r.findings.empty()) out << '\n';
    const Summary& m = r.summary;
    // Counted per finding (a rule on a module pair), not per line above.
    std::string verdict =
        r.findings.empty()
            ? std::string("no findings")
            : fmt::format("{}, {} (one per rule and module pair)",
                          plural(m.errors, "error"),
                          plural(m.warnings, "warning"));
    out << fmt::format("seams: {}; {}, {}, {}, {}, {}; {} of {} analyzed\n",
                       verdict, plural(m.translation_units, "translation unit"),
                       plural(m.files, "file"), plural(m.modules, "module"),
                       plural(m.parse_failures, "parse failure"),
                       plural(m.unowned_files, "unowned file"),
                       m.analyzed_files, plural(m.owned_files, "owned file"));
  }
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter() {
  return std::make_unique<TextReporter>();
}

}  // namespace seams

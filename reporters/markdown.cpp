// `seams check --format markdown`: a pull-request summary for
// $GITHUB_STEP_SUMMARY or a PR comment. A table of new / fixed / baselined
// violations per module pair (fixed and baselined need `--baseline`), then the
// evidence of every new finding, then the fixed entries and the command that
// locks them in. Violations count uses, as the baseline does.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "reporters/reporter.h"
#include "rules/violation.h"

namespace seams {
namespace {

// `text` as an inline code span that survives backticks and table pipes.
std::string code(std::string_view text) {
  std::string body;
  for (char c : text) body += c == '|' ? std::string("\\|") : std::string(1, c);
  if (text.find('`') == std::string_view::npos) return "`" + body + "`";
  return "`` " + body + " ``";
}

// Text with Markdown's inline syntax escaped ('>' only matters at the start
// of a line, where plain text never goes).
std::string plain(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<|#").find(c) != std::string_view::npos)
      out += '\\';
    out += c;
  }
  return out;
}

struct Row {
  int fresh = 0;
  int fixed = 0;
  int accepted = 0;
  std::set<std::string> rules;
};

std::string pair_of(const Finding& f, const ModuleMap& map) {
  if (f.from && f.to && f.cycle.empty())
    return fmt::format("{} → {}", map.name(*f.from), map.name(*f.to));
  std::vector<std::string> names;
  for (ModuleId m : f.modules) names.push_back(map.name(m));
  std::sort(names.begin(), names.end());
  return fmt::format("cycle: {}", fmt::join(names, ", "));
}

std::string pair_of(const ViolationKey& k) {
  if (!k.modules.empty())
    return fmt::format("cycle: {}", fmt::join(k.modules, ", "));
  return fmt::format("{} → {}", k.from, k.to);
}

int violations(const Finding& f) {
  return counts_per_use(f) ? static_cast<int>(f.evidence.size()) : 1;
}

std::map<std::string, Row> table(const Report& r) {
  std::map<std::string, Row> rows;
  for (const Finding& f : r.findings) {
    Row& row = rows[pair_of(f, *r.map)];
    row.fresh += violations(f);
    row.rules.insert(f.rule);
  }
  if (!r.baseline) return rows;
  for (const Finding& f : r.baseline->accepted) {
    Row& row = rows[pair_of(f, *r.map)];
    row.accepted += violations(f);
    row.rules.insert(f.rule);
  }
  for (const StaleEntry& s : r.baseline->stale) {
    Row& row = rows[pair_of(s.entry.key)];
    row.fixed += s.entry.count - s.found;
    row.rules.insert(s.entry.key.rule);
  }
  return rows;
}

std::string use_text(const Evidence& e) {
  const std::string where =
      code(fmt::format("{}:{}:{}", e.file, e.line, e.column));
  switch (e.kind) {
    case UseKind::include:
      return fmt::format("{} includes {}", where, code(e.symbol));
    case UseKind::symbol:
    case UseKind::candidate:  // never linked (link.h)
      return fmt::format("{} uses {} ({})", where, code(e.symbol),
                         code(e.target));
    case UseKind::macro:
      return fmt::format("{} expands macro {} ({})", where, code(e.symbol),
                         code(e.target));
    case UseKind::declaration:
      return fmt::format("{} names {} through a forward declaration ({})",
                         where, code(e.symbol), code(e.target));
  }
  return where;
}

void write_finding(const Finding& f, const Report& r, std::ostream& out) {
  out << fmt::format("#### {} · {} · {}\n\n", plain(pair_of(f, *r.map)),
                     code(f.rule), to_string(f.severity));
  out << plain(f.message) << "\n\n";
  if (f.config_location) {
    const auto& c = *f.config_location;
    out << fmt::format("- {}\n",
                       code(fmt::format("{}:{}:{}", c.file, c.line, c.column)));
  }
  const std::size_t shown = shown_count(f.evidence.size(), r.max_evidence);
  for (std::size_t i = 0; i < shown; ++i)
    out << "- " << use_text(f.evidence[i]) << "\n";
  if (shown < f.evidence.size() && f.from && f.to)
    out << fmt::format(
        "- … {} more; see {}\n", f.evidence.size() - shown,
        code(fmt::format("seams explain {} {}", r.map->name(*f.from),
                         r.map->name(*f.to))));
  out << "\n";
}

void write_fixed(const BaselineStatus& b, std::ostream& out) {
  out << "### Fixed\n\n";
  for (const StaleEntry& s : b.stale)
    out << fmt::format("- {} (accepted {}, found {})\n",
                       plain(describe(s.entry.key)), s.entry.count, s.found);
  out << fmt::format("\nLock the fix in: run {} and commit {}.\n\n",
                     code("seams baseline --update"), code(b.file));
}

std::string headline(const Report& r) {
  const Summary& s = r.summary;
  if (r.findings.empty())
    return r.baseline ? "no new violations" : "no violations";
  return fmt::format("{} error{}, {} warning{}", s.errors,
                     s.errors == 1 ? "" : "s", s.warnings,
                     s.warnings == 1 ? "" : "s");
}

class MarkdownReporter final : public Reporter {
 public:
  std::string_view name() const override { return "markdown"; }
  void write(const Report& r, std::ostream& out) const override {
    // The marker lets a workflow find (and update) its earlier PR comment.
    out << "<!-- seams check -->\n";
    out << fmt::format("## seams: {}\n\n", headline(r));
    if (const auto rows = table(r); !rows.empty()) {
      out << "| module pair | rules | new | fixed | baselined |\n"
             "|---|---|---:|---:|---:|\n";
      for (const auto& [pair, row] : rows) {
        std::vector<std::string> rules;
        for (const auto& id : row.rules) rules.push_back(code(id));
        out << fmt::format("| {} | {} | {} | {} | {} |\n", plain(pair),
                           fmt::join(rules, " "), row.fresh, row.fixed,
                           row.accepted);
      }
      out << "\n";
    }
    if (!r.findings.empty()) {
      out << (r.baseline ? "### New violations\n\n" : "### Violations\n\n");
      for (const Finding& f : r.findings) write_finding(f, r, out);
    }
    if (r.baseline && !r.baseline->stale.empty()) write_fixed(*r.baseline, out);
    const Summary& s = r.summary;
    out << fmt::format(
        "<sub>{} translation units, {} files, {} modules, {} parse "
        "failures</sub>\n",
        s.translation_units, s.files, s.modules, s.parse_failures);
  }
};

}  // namespace

std::unique_ptr<Reporter> make_markdown_reporter() {
  return std::make_unique<MarkdownReporter>();
}

}  // namespace seams

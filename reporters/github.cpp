// `seams check --format github`: GitHub Actions workflow commands, one
// `::error file=…,line=…,col=…,title=…::message` per use, so a pull request
// shows each violation on the line that makes it. Also appended to the text
// format when GITHUB_ACTIONS=true. Escaping follows the runner's rules: '%',
// CR and LF everywhere, ',' and ':' also inside properties.
#include <fmt/format.h>

#include <algorithm>

#include "reporters/reporter.h"
#include "reporters/use_lines.h"

namespace seams {
namespace {

std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

struct Annotation {
  std::string_view level;  // error | warning | notice
  std::string file;        // empty: not tied to a file
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string title;
  std::string message;
};

void emit(const Annotation& a, std::ostream& out) {
  std::vector<std::string> props;
  if (!a.file.empty()) props.push_back("file=" + escape_property(a.file));
  if (a.line > 0) props.push_back(fmt::format("line={}", a.line));
  if (a.column > 0) props.push_back(fmt::format("col={}", a.column));
  props.push_back("title=" + escape_property(a.title));
  out << fmt::format("::{} {}::{}\n", a.level, fmt::join(props, ","),
                     escape_data(a.message));
}

std::string title(const Finding& f, const ModuleMap& map) {
  if (f.from && f.to && f.cycle.empty())
    return fmt::format("{} ({} -> {})", f.rule, map.name(*f.from),
                       map.name(*f.to));
  std::vector<std::string> names;
  for (ModuleId m : f.modules) names.push_back(map.name(m));
  return fmt::format("{} ({})", f.rule, fmt::join(names, ", "));
}

void write_finding(const Finding& f, const Report& r, std::ostream& out) {
  const std::string_view level = to_string(f.severity);
  const std::string t = title(f, *r.map);
  if (f.config_location) {
    const auto& c = *f.config_location;
    emit({level, c.file, static_cast<std::uint32_t>(c.line),
          static_cast<std::uint32_t>(c.column), t, f.message},
         out);
    return;
  }
  if (f.evidence.empty()) return emit({level, "", 0, 0, t, f.message}, out);
  if (!f.cycle.empty()) {
    const Evidence& e = f.evidence.front();
    return emit({level, e.file, e.line, e.column, t, f.message}, out);
  }
  const std::size_t shown = shown_count(f.evidence.size(), r.max_evidence);
  for (std::size_t i = 0; i < shown; ++i) {
    const Evidence& e = f.evidence[i];
    emit({level, e.file, e.line, e.column, t,
          fmt::format("{}: {}", f.message, describe(e))},
         out);
  }
  if (shown < f.evidence.size())
    emit({"notice", "", 0, 0, t,
          fmt::format("{} more uses", f.evidence.size() - shown)},
         out);
}

// The findings of one module pair: one annotation per use, with all its rules.
void write_uses(const std::vector<const Finding*>& run, const Report& r,
                std::ostream& out) {
  const PairUses uses = merge_uses(run, r.max_evidence);
  const Finding& f = *run.front();
  for (const UseLine& u : uses.shown) {
    const Evidence& e = *u.evidence;
    emit({to_string(u.severity()), e.file, e.line, e.column,
          fmt::format("{} ({} -> {})", u.rules(), r.map->name(*f.from),
                      r.map->name(*f.to)),
          fmt::format("{}: {}", u.message(), describe(e))},
         out);
  }
  if (uses.hidden > 0) {
    std::vector<std::string> ids;
    for (const Finding* g : run) ids.push_back(g->rule);
    emit({"notice", "", 0, 0,
          fmt::format("{} ({} -> {})", fmt::join(ids, ", "),
                      r.map->name(*f.from), r.map->name(*f.to)),
          fmt::format("{} more uses; see 'seams explain {} {}'", uses.hidden,
                      r.map->name(*f.from), r.map->name(*f.to))},
         out);
  }
}

class GithubReporter final : public Reporter {
 public:
  std::string_view name() const override { return "github"; }
  void write(const Report& r, std::ostream& out) const override {
    for (const auto& run : runs_by_pair(r.findings)) {
      if (is_use_finding(*run.front()))
        write_uses(run, r, out);
      else
        write_finding(*run.front(), r, out);
    }
    for (const TuFailure& f : r.failures) {
      emit({"warning", f.file, 0, 0, "seams: parse failure",
            fmt::format("failed to parse ({} errors); its facts may be "
                        "incomplete; first: {}",
                        f.error_count,
                        f.first_errors.empty() ? "" : f.first_errors[0])},
           out);
    }
    if (!r.baseline) return;
    for (const StaleEntry& s : r.baseline->stale) {
      emit({r.baseline->stale_fails ? "error" : "warning", r.baseline->file,
            static_cast<std::uint32_t>(s.entry.line), 0,
            "seams: stale baseline entry",
            fmt::format("{} no longer occurs as often (accepted {}, found "
                        "{}); run 'seams baseline --update' to lock the fix "
                        "in",
                        describe(s.entry.key), s.entry.count, s.found)},
           out);
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> make_github_reporter() {
  return std::make_unique<GithubReporter>();
}

}  // namespace seams

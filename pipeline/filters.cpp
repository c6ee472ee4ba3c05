// Implements the filters of `seams check` (see check_filters.h).
#include "pipeline/filters.h"

#include <fmt/format.h>

#include "rules/changed_files.h"
#include "rules/changed_filter.h"

namespace seams {
namespace {

void report_stale(const BaselineStatus& b, Sink& sink) {
  Diagnostics diags;
  for (const StaleEntry& s : b.stale) {
    Diagnostic d;
    d.level = b.stale_fails ? DiagLevel::error : DiagLevel::warning;
    d.file = b.file;
    d.line = s.entry.line;
    d.message = fmt::format("stale entry: {} (accepted {}, found {})",
                            describe(s.entry.key), s.entry.count, s.found);
    diags.add(std::move(d));
  }
  if (!b.stale.empty()) {
    const std::string text = fmt::format(
        "{} baseline entr{} accept{} more than the code has now (fixed); lock "
        "the fix in with 'seams baseline --update'{}",
        b.stale.size(), b.stale.size() == 1 ? "y" : "ies",
        b.stale.size() == 1 ? "s" : "",
        b.stale_fails ? " (or pass --allow-stale)" : "");
    b.stale_fails ? diags.error(text) : diags.warning(text);
  }
  flush(diags, sink);
}

std::optional<ChangedFiles> changed_files(const FilterOptions& o,
                                          const Analysis& a, Sink& sink) {
  Diagnostics diags;
  std::optional<ChangedFiles> c;
  if (!o.changed_since.empty())
    c = changed_since(a.root, o.changed_since, diags);
  if (!o.changed_files.empty())
    c = read_changed_files(o.changed_files, a.root, diags);
  flush(diags, sink);
  return c;
}

}  // namespace

std::optional<Filters> load_filters(const FilterOptions& opts, Sink& sink) {
  Filters f;
  if (opts.baseline.empty()) return f;
  Diagnostics diags;
  f.baseline = read_baseline(opts.baseline, diags);
  flush(diags, sink);
  if (!f.baseline) return std::nullopt;
  return f;
}

bool apply_filters(const FilterOptions& opts, const Filters& filters,
                   const Analysis& a, Report& report, Sink& sink) {
  if (filters.baseline) {
    BaselineComparison c =
        compare_with_baseline(report.findings, *filters.baseline, *a.map);
    report.findings = std::move(c.fresh);
    report.baseline = BaselineStatus{opts.baseline, std::move(c.accepted),
                                     std::move(c.stale), !opts.allow_stale};
  }
  if (!opts.changed_since.empty() || !opts.changed_files.empty()) {
    auto changed = changed_files(opts, a, sink);
    if (!changed) return false;
    if (sink.verbose())
      sink.note(fmt::format("{} changed files in the project ({})",
                            changed->files.size(), changed->origin));
    report.findings = keep_changed(report.findings, *changed, a.graph, *a.map,
                                   a.config_display);
    if (report.baseline)
      report.baseline->accepted =
          keep_changed(report.baseline->accepted, *changed, a.graph, *a.map,
                       a.config_display);
  }
  count_findings(report);
  if (report.baseline) {
    const BaselineStatus& b = *report.baseline;
    report_stale(b, sink);
    sink.info(fmt::format("baseline {}: {} new, {} accepted, {} stale entr{}",
                          b.file, count_violations(report.findings),
                          count_violations(b.accepted), b.stale.size(),
                          b.stale.size() == 1 ? "y" : "ies"));
  }
  return true;
}

bool report_fails(const Report& report) {
  const bool stale = report.baseline && report.baseline->stale_fails &&
                     !report.baseline->stale.empty();
  return report.summary.errors > 0 || stale;
}

}  // namespace seams

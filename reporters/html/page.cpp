// The page shell of the HTML report: head (a Content-Security-Policy that
// allows no network at all, the inlined CSS), the header with the summary
// (and, with module groups, the "fold groups" toggle), the four sections in
// order, the inspector panel, the data block and the inlined script. The
// sections live in html_matrix, html_quadrant, html_graph and html_findings;
// the folded view in html_fold.
#include <fmt/format.h>

#include <cassert>
#include <filesystem>

#include "reporters/html/html.h"
#include "reporters/html/parts.h"
#include "reporters/reporter.h"

namespace seams {
namespace {

using html::escape;

std::string project_name(const Report& r) {
  std::filesystem::path root = r.map->config().root;
  if (root.filename().empty()) root = root.parent_path();
  return root.filename().string();
}

void write_head(const Report& r, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
         "charset=\"utf-8\">\n<meta name=\"viewport\" "
         "content=\"width=device-width, initial-scale=1\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
         "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
         "img-src data:\">\n<meta name=\"generator\" content=\"seams\">\n";
  out << fmt::format("<title>seams report: {}</title>\n<style>\n",
                     escape(project_name(r)));
  out << html::report_css() << "</style>\n</head>\n";
}

void write_failures(const Report& r, std::ostream& out) {
  if (r.failures.empty()) return;
  out << "<details class=\"failures\"><summary>translation units that "
         "failed to parse</summary><ul>";
  for (const TuFailure& f : r.failures)
    out << fmt::format(
        "<li><code>{}</code>: {}</li>", escape(f.file),
        escape(f.first_errors.empty() ? "" : f.first_errors.front()));
  out << "</ul></details>\n";
}

// With module groups: the checkbox that swaps the heatmap and the graph for
// their folded variants (report.js).
void write_fold_toggle(const Report& r, std::ostream& out) {
  out << fmt::format(
      "<label class=\"fold no-print\" title=\"One row and one node per "
      "module group; edges sum their members' uses, uses inside a group are "
      "left out\"><input type=\"checkbox\" id=\"fold-groups\" "
      "autocomplete=\"off\"> Fold groups ({})</label>\n",
      r.map->config().groups.size());
}

void write_header(const Report& r, const html::Model& m, bool foldable,
                  std::ostream& out) {
  const Summary& s = r.summary;
  out << fmt::format(
      "<header class=\"top\">\n<div>\n<h1>seams report <span "
      "class=\"project\">{}</span></h1>\n<p class=\"summary\"><b>{}</b> "
      "modules &middot; <b>{}</b> module dependencies &middot; <span "
      "class=\"sev error\">{} errors</span> &middot; <span class=\"sev "
      "warning\">{} warnings</span> &middot; {} translation units, {} files, "
      "{} parse failures</p>\n",
      escape(project_name(r)), s.modules, m.cells.size(), s.errors, s.warnings,
      s.translation_units, s.files, s.parse_failures);
  write_failures(r, out);
  out << "</div>\n<nav aria-label=\"Sections\"><a "
         "href=\"#dsm-section\">Heatmap</a><a "
         "href=\"#matrix-section\">Extraction matrix</a><a "
         "href=\"#graph-section\">Graph</a><a "
         "href=\"#findings-section\">Findings</a></nav>\n";
  if (foldable) write_fold_toggle(r, out);
  out << "</header>\n";
}

}  // namespace

void write_html_report(const Report& r, std::ostream& out) {
  assert(r.map && r.graph);
  const html::Model m = html::build_model(r);
  const auto folded = html::fold_view(r);  // null without groups
  write_head(r, out);
  out << "<body>\n";
  write_header(r, m, folded != nullptr, out);
  out << "<div class=\"layout\">\n<main>\n";
  html::write_dsm(r, m, folded.get(), out);
  html::write_quadrant(r, m, out);
  html::write_graph(r, m, folded.get(), out);
  html::write_findings(r, m, out);
  out << "</main>\n<aside id=\"inspector\" class=\"inspector\" "
         "aria-live=\"polite\" aria-label=\"Details\"><p "
         "class=\"inspector-empty\">Click a heatmap cell, a module or a "
         "finding: its evidence, metrics and extraction plan show "
         "here.</p></aside>\n</div>\n";
  out << "<script type=\"application/json\" id=\"seams-data\">";
  html::write_data(r, m, folded.get(), out);
  out << "</script>\n<script>\n" << html::report_js() << "</script>\n";
  out << "</body>\n</html>\n";
}

namespace {

class HtmlReporter final : public Reporter {
 public:
  std::string_view name() const override { return "html"; }
  void write(const Report& r, std::ostream& out) const override {
    write_html_report(r, out);
  }
};

}  // namespace

std::unique_ptr<Reporter> make_html_reporter() {
  return std::make_unique<HtmlReporter>();
}

}  // namespace seams

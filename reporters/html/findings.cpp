// The findings section of the HTML report: one table row per finding (rule,
// severity, modules, message, the first pieces of evidence), with filters
// the script applies by rule, severity and text. Rows of a pair finding
// carry the edge index, so a click opens all of its evidence.
#include <fmt/format.h>

#include <map>
#include <set>

#include "reporters/html/parts.h"
#include "reporters/reporter.h"

namespace seams::html {
namespace {

constexpr std::size_t kEvidenceInTable = 3;

std::string module_list(const Report& r, const Finding& f) {
  std::vector<std::string> names;
  if (!f.cycle.empty()) {
    for (ModuleId id : f.cycle) names.push_back(escape(r.map->name(id)));
  } else if (f.from && f.to) {
    names = {escape(r.map->name(*f.from)), escape(r.map->name(*f.to))};
  } else {
    for (ModuleId id : f.modules) names.push_back(escape(r.map->name(id)));
    return fmt::format("{}", fmt::join(names, ", "));
  }
  return fmt::format("{}", fmt::join(names, " &rarr; "));
}

void write_evidence(const Report& r, const Finding& f, std::ostream& out) {
  out << "<td class=\"ev\">";
  if (f.config_location)
    out << fmt::format("<code>{}:{}:{}</code>", escape(f.config_location->file),
                       f.config_location->line, f.config_location->column);
  if (!f.cut.empty()) {
    std::vector<std::string> cuts;
    for (const CycleEdge& c : f.cut)
      cuts.push_back(fmt::format("{} &rarr; {} ({} uses)",
                                 escape(r.map->name(c.from)),
                                 escape(r.map->name(c.to)), c.uses));
    out << fmt::format("<div class=\"cut\">cheapest cut: {}</div>",
                       fmt::join(cuts, ", "));
  }
  out << "<ul>";
  const std::size_t shown = std::min(f.evidence.size(), kEvidenceInTable);
  for (std::size_t i = 0; i < shown; ++i) {
    const Evidence& e = f.evidence[i];
    out << fmt::format("<li><code>{}:{}:{}</code> {}</li>", escape(e.file),
                       e.line, e.column, escape(describe(e)));
  }
  out << "</ul>";
  if (f.evidence.size() > shown)
    out << fmt::format("<span class=\"more\">+{} more</span>",
                       f.evidence.size() - shown);
  out << "</td>";
}

void write_toolbar(const Report& r, std::ostream& out) {
  std::set<std::string> rules;
  for (const Finding& f : r.findings) rules.insert(f.rule);
  out << "<div class=\"toolbar no-print\" role=\"toolbar\" "
         "aria-label=\"Finding filters\">\n<label>Rule <select "
         "id=\"f-rule\"><option value=\"\">all rules</option>";
  for (const std::string& rule : rules)
    out << fmt::format("<option value=\"{0}\">{0}</option>", escape(rule));
  out << "</select></label>\n<label>Severity <select id=\"f-sev\">"
         "<option value=\"\">all</option><option value=\"error\">error"
         "</option><option value=\"warning\">warning</option></select>"
         "</label>\n<label>Text <input id=\"f-text\" type=\"search\" "
         "placeholder=\"module, file, symbol\" autocomplete=\"off\">"
         "</label>\n<span class=\"hint\" id=\"f-shown\"></span>\n</div>\n";
}

}  // namespace

void write_findings(const Report& r, const Model& m, std::ostream& out) {
  std::map<std::pair<ModuleId, ModuleId>, std::size_t> cell_of;
  for (std::size_t k = 0; k < m.cells.size(); ++k)
    cell_of[{m.cells[k].edge->from, m.cells[k].edge->to}] = k;
  out << fmt::format(
      "<section id=\"findings-section\" aria-labelledby=\"findings-h\">\n"
      "<h2 id=\"findings-h\">Findings <span class=\"count\">{} errors, {} "
      "warnings</span></h2>\n",
      r.summary.errors, r.summary.warnings);
  if (r.findings.empty()) {
    out << "<p>No findings: every dependency respects the declared "
           "boundaries.</p>\n</section>\n";
    return;
  }
  write_toolbar(r, out);
  out << "<table class=\"findings\" id=\"findings\">\n<thead><tr>"
         "<th>severity</th><th>rule</th><th>modules</th><th>message</th>"
         "<th>evidence</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const Finding& f = r.findings[i];
    const std::string sev(to_string(f.severity));
    std::string edge;
    if (f.from && f.to)
      if (auto it = cell_of.find({*f.from, *f.to}); it != cell_of.end())
        edge = fmt::format(" data-e=\"{}\" tabindex=\"0\"", it->second);
    out << fmt::format(
        "<tr data-f=\"{}\" data-rule=\"{}\" data-sev=\"{}\"{}>"
        "<td><span class=\"sev {}\">{}</span></td><td><code>{}</code></td>"
        "<td class=\"mods\">{}</td><td>{}</td>",
        i, escape(f.rule), sev, edge, sev, sev, escape(f.rule),
        module_list(r, f), escape(f.message));
    write_evidence(r, f, out);
    out << "</tr>\n";
  }
  out << "</tbody></table>\n</section>\n";
}

}  // namespace seams::html

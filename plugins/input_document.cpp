// Builds the input document of a plugin (see input_document.h). Keys are in a
// fixed order (ordered_json) and lists sorted, so a plugin sees the same bytes
// on every run of the same project.
#include "plugins/input_document.h"

#include <nlohmann/json.hpp>

#include "base/version.h"
#include "plugins/protocol.h"

namespace seams {
namespace {

using Json = nlohmann::ordered_json;

Json nullable(const std::optional<std::string>& s) {
  return s ? Json(*s) : Json(nullptr);
}

Json dependency_entries(const std::optional<std::vector<DependencyRef>>& d) {
  if (!d) return nullptr;
  Json out = Json::array();
  for (const DependencyRef& ref : *d) out.push_back(ref.name);
  return out;
}

Json globs(const std::vector<PatternRef>& patterns) {
  Json out = Json::array();
  for (const PatternRef& p : patterns) out.push_back(p.glob.pattern());
  return out;
}

Json module_json(const PluginProject& p, const ModuleConfig& m) {
  const auto may_use = p.config.direct_dependencies(m);
  return Json{
      {"name", m.name},
      {"declared_at",
       {{"file", p.config_display},
        {"line", m.loc.line},
        {"column", m.loc.column}}},
      {"paths", globs(m.paths)},
      {"public", m.public_ ? globs(*m.public_) : Json(nullptr)},
      {"depends_on", dependency_entries(m.depends_on)},
      {"may_use", may_use ? Json(*may_use) : Json(nullptr)},
      {"depends_on_mode",
       m.transitive.value_or(p.config.transitive) ? "transitive" : "direct"},
      {"layer", m.layer ? Json(m.layer->name) : Json(nullptr)},
      {"group", nullable(m.group)},
      {"value", m.value ? Json(*m.value) : Json(nullptr)},
      {"owners", m.owners}};
}

Json modules_json(const PluginProject& p) {
  Json out = Json::array();
  for (const std::string& name : p.map.names())
    out.push_back(module_json(p, p.map.module_config(*p.map.find(name))));
  return out;
}

Json files_json(const PluginProject& p) {
  Json out = Json::array();
  for (const std::string& file : p.files) {
    const FileOwner o = p.map.peek(file, looks_like_header(file));
    if (o.cls == FileClass::excluded || o.cls == FileClass::external) continue;
    const bool owned = o.cls == FileClass::owned;
    out.push_back({{"path", file},
                   {"module", owned ? Json(p.map.name(o.module)) : Json()},
                   {"public", owned && o.is_public}});
  }
  return out;
}

Json evidence_json(const Evidence& e) {
  Json j{{"file", e.file},
         {"line", e.line},
         {"column", e.column},
         {"kind", std::string(to_string(e.kind))},
         {"symbol", e.symbol},
         {"target", e.target},
         {"target_public", e.target_public}};
  if (!e.context.empty()) j["context"] = e.context;
  return j;
}

Json edges_json(const PluginProject& p) {
  Json out = Json::array();
  for (const ModuleEdge& e : p.graph.edges()) {
    Json evidence = Json::array();
    for (const Evidence& ev : e.evidence) evidence.push_back(evidence_json(ev));
    out.push_back({{"from", p.map.name(e.from)},
                   {"to", p.map.name(e.to)},
                   {"includes", e.count(UseKind::include)},
                   {"symbols", e.count(UseKind::symbol)},
                   {"macros", e.count(UseKind::macro)},
                   {"declarations", e.count(UseKind::declaration)},
                   {"evidence", std::move(evidence)}});
  }
  return out;
}

Json finding_json(const PluginProject& p, const Finding& f) {
  Json j{{"rule", f.rule}, {"severity", std::string(to_string(f.severity))}};
  if (f.from) j["from"] = p.map.name(*f.from);
  if (f.to) j["to"] = p.map.name(*f.to);
  Json modules = Json::array();
  for (ModuleId m : f.modules) modules.push_back(p.map.name(m));
  j["modules"] = std::move(modules);
  j["message"] = f.message;
  j["fingerprint"] = f.fingerprint;
  if (f.config_location)
    j["location"] = {{"file", f.config_location->file},
                     {"line", f.config_location->line},
                     {"column", f.config_location->column}};
  Json evidence = Json::array();
  for (const Evidence& e : f.evidence) evidence.push_back(evidence_json(e));
  j["evidence"] = std::move(evidence);
  return j;
}

}  // namespace

std::string plugin_input(const PluginProject& project,
                         const std::vector<Finding>& findings,
                         const std::string& name, const std::string& options) {
  Json layers = Json::array();
  for (const NameRef& l : project.config.layers) layers.push_back(l.name);
  Json found = Json::array();
  for (const Finding& f : findings) found.push_back(finding_json(project, f));
  const Json doc{{"protocol", kPluginProtocol},
                 {"seams_version", std::string(seams_version())},
                 {"plugin", name},
                 {"config", project.config_display},
                 {"options", options.empty() ? Json() : Json::parse(options)},
                 {"layers", std::move(layers)},
                 {"modules", modules_json(project)},
                 {"files", files_json(project)},
                 {"edges", edges_json(project)},
                 {"findings", std::move(found)}};
  // Invalid UTF-8 (a path, a symbol) becomes U+FFFD, as in every JSON output.
  return doc.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace seams

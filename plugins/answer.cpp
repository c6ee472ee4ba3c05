// Validates a plugin's answer (see answer.h). nlohmann/json stays in this
// file; its exceptions cannot escape (the document is parsed by parse_json,
// and every access checks the type first).
#include "plugins/answer.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "base/json_input.h"
#include "base/text.h"
#include "rules/policy.h"

namespace seams {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxErrors = 20;

const std::vector<std::string> kTopKeys = {"protocol", "rules", "findings"};
const std::vector<std::string> kRuleKeys = {"id", "summary", "help", "link"};
const std::vector<std::string> kFindingKeys = {
    "rule",    "severity", "message", "from", "to",
    "modules", "evidence", "file",    "line", "column"};
const std::vector<std::string> kEvidenceKeys = {
    "file",   "line",   "column",  "kind",
    "symbol", "target", "context", "target_public"};
const std::vector<std::string> kKinds = {"include", "symbol", "macro",
                                         "declaration"};

std::string_view type_name(const Json& j) {
  if (j.is_object()) return "an object";
  if (j.is_array()) return "a list";
  if (j.is_string()) return "a string";
  if (j.is_boolean()) return "a boolean";
  if (j.is_number()) return "a number";
  return "null";
}

class Reader {
 public:
  explicit Reader(const AnswerContext& ctx) : ctx_(ctx) {}

  std::optional<PluginAnswer> read(const Json& doc);
  const std::vector<std::string>& errors() const { return errors_; }
  std::size_t dropped() const { return dropped_; }

 private:
  void error(const std::string& path, std::string message) {
    if (errors_.size() < kMaxErrors)
      errors_.push_back(fmt::format("{}: {}", path, message));
    else
      ++dropped_;
  }
  bool keys(const Json& obj, const std::string& path,
            const std::vector<std::string>& allowed);
  const Json* member(const Json& obj, const std::string& path, const char* key,
                     bool required);
  std::optional<std::string> string(const Json& obj, const std::string& path,
                                    const char* key, bool required);
  std::optional<int> number(const Json& obj, const std::string& path,
                            const char* key, bool required, int min);
  std::optional<std::string> rule_id(const std::string& id,
                                     const std::string& path);
  std::optional<ModuleId> module(const Json& j, const std::string& path);
  bool project_file(const std::string& file, const std::string& path,
                    bool config_too);
  void read_rule(const Json& j, const std::string& path, PluginAnswer& out);
  void read_finding(const Json& j, const std::string& path, PluginAnswer& out);
  bool read_modules(const Json& j, const std::string& path, Finding& f);
  void read_evidence(const Json& j, const std::string& path, Finding& f);
  bool read_location(const Json& j, const std::string& path, Finding& f);

  const AnswerContext& ctx_;
  std::set<std::string> rule_ids_;  // declared, namespaced
  std::vector<std::string> errors_;
  std::size_t dropped_ = 0;
};

bool Reader::keys(const Json& obj, const std::string& path,
                  const std::vector<std::string>& allowed) {
  if (!obj.is_object()) {
    error(path, fmt::format("expected an object, found {}", type_name(obj)));
    return false;
  }
  for (const auto& [key, value] : obj.items())
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      error(path, fmt::format("unknown key '{}'{}", escape_controls(key),
                              hint_or_list(did_you_mean(key, allowed),
                                           "known keys", allowed)));
  return true;
}

const Json* Reader::member(const Json& obj, const std::string& path,
                           const char* key, bool required) {
  const auto it = obj.find(key);
  if (it == obj.end()) {
    if (required) error(path, fmt::format("missing '{}'", key));
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> Reader::string(const Json& obj,
                                          const std::string& path,
                                          const char* key, bool required) {
  const Json* j = member(obj, path, key, required);
  if (!j) return std::nullopt;
  if (!j->is_string() || j->get_ref<const std::string&>().empty()) {
    error(path + "." + key,
          fmt::format("expected a non-empty string, found {}",
                      j->is_string() ? "an empty one" : type_name(*j)));
    return std::nullopt;
  }
  return j->get<std::string>();
}

std::optional<int> Reader::number(const Json& obj, const std::string& path,
                                  const char* key, bool required, int min) {
  const Json* j = member(obj, path, key, required);
  if (!j) return std::nullopt;
  if (!j->is_number_integer() || j->get<std::int64_t>() < min ||
      j->get<std::int64_t>() > 1'000'000'000) {
    error(path + "." + key,
          fmt::format("expected a whole number from {}, found {}", min,
                      j->is_number() ? j->dump() : type_name(*j)));
    return std::nullopt;
  }
  return static_cast<int>(j->get<std::int64_t>());
}

// "cross-team" or "team-ownership/cross-team" -> "team-ownership/cross-team".
std::optional<std::string> Reader::rule_id(const std::string& id,
                                           const std::string& path) {
  static const std::regex kId("[A-Za-z0-9][A-Za-z0-9_.-]*");
  const std::string_view ns = rule_namespace(id);
  if (!ns.empty() && ns != ctx_.plugin.name) {
    error(path, fmt::format("rule id '{}' is outside the plugin's namespace; "
                            "write '{}/RULE' or just 'RULE'",
                            escape_controls(id), ctx_.plugin.name));
    return std::nullopt;
  }
  const std::string rule = ns.empty() ? id : id.substr(ns.size() + 1);
  if (!std::regex_match(rule, kId)) {
    error(path, fmt::format("bad rule id '{}'; use letters, digits, '_', '.' "
                            "and '-', starting with a letter or digit",
                            escape_controls(id)));
    return std::nullopt;
  }
  return ctx_.plugin.name + "/" + rule;
}

std::optional<ModuleId> Reader::module(const Json& j, const std::string& path) {
  if (!j.is_string()) {
    error(path, fmt::format("expected a module name, found {}", type_name(j)));
    return std::nullopt;
  }
  const std::string& name = j.get_ref<const std::string&>();
  if (auto id = ctx_.map.find(name)) return id;
  error(path, fmt::format("unknown module '{}'{}", escape_controls(name),
                          did_you_mean(name, ctx_.map.names())));
  return std::nullopt;
}

bool Reader::project_file(const std::string& file, const std::string& path,
                          bool config_too) {
  if (std::binary_search(ctx_.files.begin(), ctx_.files.end(), file) ||
      (config_too && file == ctx_.config_display))
    return true;
  error(path, fmt::format("'{}' is not a file of the project (a path "
                          "relative to the project root, as in the input's "
                          "\"files\"{})",
                          escape_controls(file),
                          config_too ? ", or the config" : ""));
  return false;
}

void Reader::read_rule(const Json& j, const std::string& path,
                       PluginAnswer& out) {
  if (!keys(j, path, kRuleKeys)) return;
  RuleDescription d;
  auto id = string(j, path, "id", true);
  auto summary = string(j, path, "summary", true);
  auto help = string(j, path, "help", false);
  auto link = string(j, path, "link", false);
  if (!id || !summary) return;
  auto full = rule_id(*id, path + ".id");
  if (!full) return;
  if (!rule_ids_.insert(*full).second) {
    error(path + ".id", fmt::format("rule '{}' is declared twice", *full));
    return;
  }
  out.rules.push_back({*full, *summary, help.value_or(""), link.value_or("")});
}

bool Reader::read_modules(const Json& j, const std::string& path, Finding& f) {
  const Json* from = member(j, path, "from", false);
  const Json* to = member(j, path, "to", false);
  const Json* modules = member(j, path, "modules", false);
  if ((from == nullptr) != (to == nullptr)) {
    error(path, "give both 'from' and 'to', or neither");
    return false;
  }
  if (from && modules) {
    error(path, "give 'from' and 'to', or 'modules', not both");
    return false;
  }
  if (from) {
    f.from = module(*from, path + ".from");
    f.to = module(*to, path + ".to");
    if (!f.from || !f.to) return false;
    if (*f.from == *f.to) {
      error(path, "'from' and 'to' are the same module");
      return false;
    }
    f.modules = {*f.from, *f.to};
    return true;
  }
  if (!modules) return true;
  if (!modules->is_array() || modules->empty()) {
    error(path + ".modules", "expected a non-empty list of module names");
    return false;
  }
  bool ok = true;
  for (std::size_t i = 0; i < modules->size(); ++i) {
    auto id = module((*modules)[i], fmt::format("{}.modules[{}]", path, i));
    if (id) f.modules.push_back(*id);
    ok = ok && id;
  }
  std::sort(f.modules.begin(), f.modules.end(), [&](ModuleId a, ModuleId b) {
    return ctx_.map.name(a) < ctx_.map.name(b);
  });
  f.modules.erase(std::unique(f.modules.begin(), f.modules.end()),
                  f.modules.end());
  return ok;
}

void Reader::read_evidence(const Json& j, const std::string& path, Finding& f) {
  if (!keys(j, path, kEvidenceKeys)) return;
  Evidence e;
  auto file = string(j, path, "file", true);
  auto line = number(j, path, "line", true, 1);
  auto column = number(j, path, "column", true, 0);
  auto kind = string(j, path, "kind", true);
  if (kind && std::find(kKinds.begin(), kKinds.end(), *kind) == kKinds.end()) {
    error(path + ".kind", fmt::format("unknown kind '{}'; use include, "
                                      "symbol, macro or declaration",
                                      escape_controls(*kind)));
    kind.reset();
  }
  for (const char* key : {"symbol", "target", "context"}) {
    const Json* s = member(j, path, key, false);
    if (s && !s->is_string())
      error(path + "." + key,
            fmt::format("expected a string, found {}", type_name(*s)));
  }
  const Json* pub = member(j, path, "target_public", false);
  if (pub && !pub->is_boolean())
    error(path + ".target_public",
          fmt::format("expected a boolean, found {}", type_name(*pub)));
  if (!file || !line || !column || !kind ||
      !project_file(*file, path + ".file", false))
    return;
  e.file = *file;
  e.line = static_cast<std::uint32_t>(*line);
  e.column = static_cast<std::uint32_t>(*column);
  e.kind = *kind == "include"       ? UseKind::include
           : *kind == "macro"       ? UseKind::macro
           : *kind == "declaration" ? UseKind::declaration
                                    : UseKind::symbol;
  const auto text = [&](const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string()
               ? escape_controls(it->get<std::string>())
               : std::string();
  };
  e.symbol = text("symbol");
  e.target = text("target");
  e.context = text("context");
  if (pub && pub->is_boolean()) e.target_public = pub->get<bool>();
  f.evidence.push_back(std::move(e));
}

bool Reader::read_location(const Json& j, const std::string& path, Finding& f) {
  auto file = string(j, path, "file", false);
  const bool has_line = j.contains("line");
  const bool has_column = j.contains("column");
  if (!file) {
    if (!j.contains("file") && (has_line || has_column))
      error(path, "'line' and 'column' need a 'file'");
    return !j.contains("file");
  }
  auto line = number(j, path, "line", true, 1);
  auto column = number(j, path, "column", false, 1);
  if (!line || (has_column && !column) ||
      !project_file(*file, path + ".file", true))
    return false;
  f.config_location = ConfigLocation{*file, *line, column.value_or(1)};
  // What a finding of no module is about: its file (the fingerprint and
  // baseline key take it, as for a stale exception's entry).
  if (f.modules.empty()) f.config_entry = *file;
  return true;
}

void Reader::read_finding(const Json& j, const std::string& path,
                          PluginAnswer& out) {
  if (!keys(j, path, kFindingKeys)) return;
  Finding f;
  auto rule = string(j, path, "rule", true);
  auto severity = string(j, path, "severity", true);
  auto message = string(j, path, "message", true);
  if (rule) {
    rule = rule_id(*rule, path + ".rule");
    if (rule && !rule_ids_.count(*rule)) {
      const std::vector<std::string> ids(rule_ids_.begin(), rule_ids_.end());
      error(
          path + ".rule",
          fmt::format("rule '{}' is not declared in \"rules\"{}", *rule,
                      hint_or_list(did_you_mean(*rule, ids), "declared", ids)));
      rule.reset();
    }
  }
  if (severity && *severity != "error" && *severity != "warning") {
    error(path + ".severity",
          fmt::format("bad severity '{}'; use error or warning",
                      escape_controls(*severity)));
    severity.reset();
  }
  bool ok = read_modules(j, path, f);
  if (const Json* ev = member(j, path, "evidence", false)) {
    if (!ev->is_array()) {
      error(path + ".evidence",
            fmt::format("expected a list, found {}", type_name(*ev)));
      ok = false;
    } else {
      const std::size_t before = errors_.size() + dropped_;
      for (std::size_t i = 0; i < ev->size(); ++i)
        read_evidence((*ev)[i], fmt::format("{}.evidence[{}]", path, i), f);
      ok = ok && errors_.size() + dropped_ == before;
    }
  }
  ok = read_location(j, path, f) && ok;
  if (ok && f.evidence.empty() && !f.config_location) {
    error(path, "a finding needs 'evidence' or a 'file' and 'line'");
    ok = false;
  }
  if (!ok || !rule || !severity || !message) return;
  f.rule = *rule;
  f.severity = *severity == "error" ? Severity::error : Severity::warning;
  f.message = escape_controls(*message);
  std::sort(f.evidence.begin(), f.evidence.end());
  f.evidence.erase(std::unique(f.evidence.begin(), f.evidence.end()),
                   f.evidence.end());
  out.findings.push_back(std::move(f));
}

std::optional<PluginAnswer> Reader::read(const Json& doc) {
  if (!keys(doc, "$", kTopKeys)) return std::nullopt;
  const Json* protocol = member(doc, "$", "protocol", true);
  if (protocol && (!protocol->is_number_integer() ||
                   protocol->get<std::int64_t>() != kPluginProtocol)) {
    error("$.protocol", fmt::format("protocol {} is not supported; seams "
                                    "speaks protocol {}",
                                    protocol->dump(), kPluginProtocol));
  }
  PluginAnswer out;
  const Json* rules = member(doc, "$", "rules", true);
  const Json* findings = member(doc, "$", "findings", true);
  for (const auto& [list, name] :
       {std::pair{rules, "rules"}, std::pair{findings, "findings"}}) {
    if (list && !list->is_array())
      error(fmt::format("$.{}", name),
            fmt::format("expected a list, found {}", type_name(*list)));
  }
  if (rules && rules->is_array())
    for (std::size_t i = 0; i < rules->size(); ++i)
      read_rule((*rules)[i], fmt::format("$.rules[{}]", i), out);
  if (findings && findings->is_array())
    for (std::size_t i = 0; i < findings->size(); ++i)
      read_finding((*findings)[i], fmt::format("$.findings[{}]", i), out);
  if (!errors_.empty()) return std::nullopt;
  return out;
}

}  // namespace

std::optional<PluginAnswer> read_answer(std::string_view text,
                                        const AnswerContext& ctx,
                                        Diagnostics& diags) {
  const std::string& name = ctx.plugin.name;
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    diags.error(
        fmt::format("plugin '{}' wrote nothing to stdout; it must "
                    "answer a JSON document (docs/plugins.md)",
                    name));
    return std::nullopt;
  }
  Json doc;
  if (auto bad = parse_json(text, doc)) {
    const TextPosition at = position_of(text, bad->offset);
    diags.error(
        fmt::format("plugin '{}' answered invalid JSON: stdout:{}:{}: "
                    "{}",
                    name, at.line, at.column, bad->message));
    return std::nullopt;
  }
  Reader reader(ctx);
  auto answer = reader.read(doc);
  for (const std::string& e : reader.errors())
    diags.error(
        fmt::format("plugin '{}' answered against the protocol: {}", name, e));
  if (reader.dropped() > 0)
    diags.error(fmt::format("plugin '{}': {} more problems in its answer", name,
                            reader.dropped()));
  return answer;
}

}  // namespace seams

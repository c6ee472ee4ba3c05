// Loads seams.yaml into a Config. The only file that sees yaml-cpp: it catches
// its exceptions and turns every problem into a diagnostic with file:line:col,
// a quoted value and, for misspelled names, a "did you mean". All sections are
// checked before returning, so one run shows every error of the file.
#include "config/config.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <system_error>

#include "base/file_io.h"
#include "base/text.h"
#include "config/config_refs.h"

namespace seams {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kTopKeys = {
    "version",         "layers",   "exclude",        "modules",
    "groups",          "rules",    "scoring",        "forward_declarations",
    "depends_on_mode", "policies", "plugin_options", "externals"};
const std::vector<std::string> kModuleKeys = {
    "paths", "public", "depends_on",     "layer",
    "value", "owners", "depends_on_mode"};
const std::vector<std::string> kGroupKeys = {"modules", "depends_on", "layer"};
const std::vector<std::string> kPolicyKeys = {
    "kind", "severity", "message", "link", "from", "to", "uses", "except"};
const std::vector<std::string> kRuleKeys = {"severity", "except"};
const std::vector<std::string> kExceptionKeys = {"file", "target", "reason",
                                                 "until"};
const std::vector<std::string> kUseKinds = {"include", "symbol", "macro",
                                            "declaration"};
const std::vector<std::string> kSelectorPrefixes = {
    "group", "layer", "path", "symbol", "macro", "external"};
const std::vector<std::string> kExternalKeys = {"includes", "paths",
                                                "namespaces"};

/// The text of a scalar; "" for a list, a map or nothing, which then shows as
/// '' in the message about the bad value.
std::string scalar_text(const YAML::Node& node) {
  return node.IsScalar() ? node.Scalar() : std::string();
}

bool has_control(std::string_view text) {
  return escape_controls(text) != text;
}

/// The number a plain scalar stands for under YAML 1.2's core schema (what
/// JSON tools such as editors and the JSON Schema see): 1, +1, 0x1, 0o1, 1.0,
/// 1e0, .inf, .nan.
std::optional<double> yaml_number(const std::string& text) {
  static const std::regex kDecimal(
      R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
  static const std::regex kSpecial(R"([-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)");
  static const std::regex kHex("0x[0-9a-fA-F]+");
  static const std::regex kOctal("0o[0-7]+");
  if (std::regex_match(text, kHex))
    return static_cast<double>(std::strtoull(text.c_str() + 2, nullptr, 16));
  if (std::regex_match(text, kOctal))
    return static_cast<double>(std::strtoull(text.c_str() + 2, nullptr, 8));
  if (std::regex_match(text, kSpecial)) {
    if (text.find_first_of("nN") == text.size() - 3) return std::nan("");
    return text.front() == '-' ? -HUGE_VAL : HUGE_VAL;
  }
  if (std::regex_match(text, kDecimal))
    return std::strtod(text.c_str(), nullptr);
  return std::nullopt;
}

/// What a scalar is under YAML 1.2's core schema: quoted and block scalars are
/// strings; plain ones may be booleans or numbers. (Plain nulls are not
/// scalars in yaml-cpp.)
std::string_view scalar_kind(const YAML::Node& node) {
  if (node.Tag() != "?") return "string";
  const std::string& text = node.Scalar();
  static const std::regex kBool("true|True|TRUE|false|False|FALSE");
  if (std::regex_match(text, kBool)) return "boolean";
  if (yaml_number(text)) return "number";
  return "string";
}

/// The number a scalar is, or nullopt for a string (also a quoted "3").
std::optional<double> number_of(const YAML::Node& node) {
  if (!node.IsScalar() || scalar_kind(node) != "number") return std::nullopt;
  return yaml_number(node.Scalar());
}

ConfigLoc loc_of(const YAML::Mark& mark) {
  if (mark.is_null()) return {};
  return {mark.line + 1, mark.column + 1};
}

/// Where to point at `value`. A null value (`key:` and nothing after it)
/// carries the mark of the next token, so point at its key instead.
ConfigLoc loc_of(const YAML::Node& value, const YAML::Node& key) {
  if (value.IsNull() || value.Mark().is_null()) return loc_of(key.Mark());
  return loc_of(value.Mark());
}

/// The last tab in the indentation of a line up to `last_line` (1-based), or
/// {}: yaml-cpp reports a tab in indentation only as a generic syntax error.
ConfigLoc indenting_tab(std::string_view text, int last_line) {
  ConfigLoc found;
  std::size_t start = 0;
  for (int line = 1; line <= last_line && start <= text.size(); ++line) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view row = text.substr(start, end - start);
    const std::size_t content = row.find_first_not_of(" \t");
    // A line of only blanks indents nothing.
    if (content != std::string_view::npos && content != 0 &&
        row.substr(0, content).find('\t') != std::string_view::npos) {
      found = {line, static_cast<int>(row.find('\t')) + 1};
    }
    start = end + 1;
  }
  return found;
}

/// One `key: value` of a YAML map, with the key as a string.
struct Entry {
  std::string name;
  YAML::Node key;
  YAML::Node value;
};

/// A scalar of a list, with where it is written.
using Item = std::pair<std::string, ConfigLoc>;

class Loader {
 public:
  Loader(std::string shown, const ConfigVocabulary& vocabulary)
      : shown_(std::move(shown)), vocabulary_(vocabulary) {}

  std::optional<Config> run(const YAML::Node& root);
  void error(ConfigLoc loc, std::string message);
  /// Moves the diagnostics, sorted by position, into `diags`; true when there
  /// was an error.
  bool flush(Diagnostics& diags);

 private:
  std::vector<Entry> entries(const YAML::Node& map, std::string_view noun,
                             const std::vector<std::string>* allowed,
                             std::string_view where);
  std::optional<std::vector<Item>> scalar_list(const Entry& e,
                                               std::string_view message);
  std::optional<std::vector<PatternRef>> patterns(const Entry& e,
                                                  std::string_view message);
  void parse_version(const Entry& e, Config& config);
  void parse_layers(const Entry& e, Config& config);
  void parse_modules(const Entry& e, Config& config);
  ModuleConfig parse_module(const Entry& e);
  void parse_module_key(const Entry& e, ModuleConfig& m);
  void parse_value(const Entry& e, ModuleConfig& m);
  void parse_rules(const Entry& e, Config& config);
  void parse_policies(const Entry& e, Config& config);
  void parse_externals(const Entry& e, Config& config);
  ExternalConfig parse_external(const Entry& e);
  bool plugin_rule(const Entry& rule);
  void parse_plugin_options(const Entry& e, Config& config);
  std::optional<nlohmann::json> json_of(const YAML::Node& node);
  PolicyConfig parse_policy(const Entry& e);
  void parse_policy_key(const Entry& e, PolicyConfig& p);
  std::optional<Selector> selector(const std::string& text, ConfigLoc loc,
                                   bool where_written, std::string_view owner);
  std::optional<PolicyException> policy_exception(const YAML::Node& node,
                                                  std::string_view owner);
  std::vector<PolicyException> exception_list(const Entry& e,
                                              std::string_view owner);
  std::optional<bool> depends_on_mode(const Entry& e);
  void parse_scoring(const Entry& e, Config& config);
  void parse_groups(const Entry& e, Config& config);
  GroupConfig parse_group(const Entry& e);
  std::optional<std::vector<DependencyRef>> dependency_list(
      const Entry& e, std::string_view message);
  void add(DiagLevel level, ConfigLoc loc, std::string message);
  bool is_string(const YAML::Node& scalar);
  bool check_name(std::string_view noun, const std::string& name,
                  ConfigLoc loc);

  std::string shown_;
  const ConfigVocabulary& vocabulary_;
  std::vector<Diagnostic> diags_;
  bool has_errors_ = false;
};

void Loader::add(DiagLevel level, ConfigLoc loc, std::string message) {
  std::string source =
      loc.line > 0 ? read_source_line(shown_, loc.line) : std::string();
  diags_.push_back({level, shown_, loc.line, loc.column, std::move(message),
                    std::move(source)});
  if (level == DiagLevel::error) has_errors_ = true;
}

void Loader::error(ConfigLoc loc, std::string message) {
  add(DiagLevel::error, loc, std::move(message));
}

bool Loader::flush(Diagnostics& diags) {
  // Sections are checked in passes (references after declarations); show them
  // in file order. Diagnostics without a line ("missing 'modules'") go last.
  const auto key = [](const Diagnostic& d) {
    return std::pair(d.line > 0 ? d.line : INT_MAX, d.column);
  };
  std::stable_sort(diags_.begin(), diags_.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     return key(a) < key(b);
                   });
  for (Diagnostic& d : diags_) diags.add(std::move(d));
  diags_.clear();
  return has_errors_;
}

/// True for a scalar that YAML reads as a string; else reports it: `paths: [1]`
/// is a list of numbers to every other YAML reader.
bool Loader::is_string(const YAML::Node& scalar) {
  const std::string_view kind = scalar_kind(scalar);
  if (kind == "string") return true;
  error(loc_of(scalar.Mark()),
        fmt::format("'{}' is a {} in YAML, not a string; write it in quotes: "
                    "\"{}\"",
                    scalar.Scalar(), kind, scalar.Scalar()));
  return false;
}

/// Module and layer names end up in text output, one line per finding: no
/// empty name, no control character.
bool Loader::check_name(std::string_view noun, const std::string& name,
                        ConfigLoc loc) {
  if (name.empty()) {
    error(loc, fmt::format("empty {} name", noun));
    return false;
  }
  if (has_control(name)) {
    error(loc, fmt::format("{} name '{}' contains a control character; use "
                           "printable characters",
                           noun, escape_controls(name)));
    return false;
  }
  return true;
}

/// The entries of `map` with a string key, minus duplicates and (when `allowed`
/// is given) unknown keys, which are reported. `noun` names a key in messages
/// ("module", "rule").
std::vector<Entry> Loader::entries(const YAML::Node& map, std::string_view noun,
                                   const std::vector<std::string>* allowed,
                                   std::string_view where) {
  std::vector<Entry> out;
  // Copy the key: yaml-cpp's `it->first` is a proxy that dies at once.
  for (const auto& kv : map) {
    const YAML::Node key = kv.first;
    if (!key.IsScalar()) {
      error(loc_of(key.Mark()),
            fmt::format("expected a {} name here, not a list or map", noun));
      continue;
    }
    const std::string& name = key.Scalar();
    if (allowed != nullptr &&
        std::find(allowed->begin(), allowed->end(), name) == allowed->end()) {
      error(loc_of(key.Mark()),
            fmt::format("unknown key '{}'{}{}", name, where,
                        hint_or_list(did_you_mean(name, *allowed),
                                     "expected one of", *allowed)));
      continue;
    }
    const auto first = std::find_if(
        out.begin(), out.end(), [&](const Entry& e) { return e.name == name; });
    if (first != out.end()) {
      const ConfigLoc at = loc_of(first->key.Mark());
      error(loc_of(key.Mark()),
            fmt::format("duplicate {} '{}'; first declared at {}:{}", noun,
                        name, at.line, at.column));
      continue;
    }
    out.push_back({name, key, kv.second});
  }
  return out;
}

std::optional<std::vector<Item>> Loader::scalar_list(const Entry& e,
                                                     std::string_view message) {
  if (!e.value.IsSequence()) {
    error(loc_of(e.value, e.key), std::string(message));
    return std::nullopt;
  }
  std::vector<Item> items;
  for (const YAML::Node& item : e.value) {
    if (item.IsScalar()) {
      if (!is_string(item)) continue;
      items.emplace_back(item.Scalar(), loc_of(item.Mark()));
    } else {
      error(loc_of(item, e.value), std::string(message));
    }
  }
  return items;
}

std::optional<std::vector<PatternRef>> Loader::patterns(
    const Entry& e, std::string_view message) {
  auto items = scalar_list(e, message);
  if (!items) return std::nullopt;
  std::vector<PatternRef> out;
  for (const auto& [text, loc] : *items) {
    std::string reason;
    if (auto glob = Glob::compile(text, &reason)) {
      out.push_back({std::move(*glob), loc});
    } else {
      error(loc, fmt::format("bad glob '{}': {}", text, reason));
    }
  }
  return out;
}

void Loader::parse_version(const Entry& e, Config& config) {
  if (!e.value.IsScalar()) {
    error(loc_of(e.value, e.key), "'version' must be 1");
  } else if (!number_of(e.value) && yaml_number(e.value.Scalar()) == 1) {
    error(loc_of(e.value.Mark()),
          "'version' must be the number 1, not a string; remove the quotes");
  } else if (number_of(e.value) != 1) {
    error(loc_of(e.value, e.key),
          fmt::format("unsupported version '{}'; this seams reads version 1",
                      e.value.Scalar()));
  } else {
    config.version = 1;
  }
}

void Loader::parse_layers(const Entry& e, Config& config) {
  auto items = scalar_list(e, "'layers' must be a list of layer names");
  if (!items) return;
  for (auto& [name, loc] : *items) {
    if (!check_name("layer", name, loc)) continue;
    const std::string& layer = name;  // a lambda cannot capture a binding
    const auto first =
        std::find_if(config.layers.begin(), config.layers.end(),
                     [&](const NameRef& l) { return l.name == layer; });
    if (first != config.layers.end()) {
      error(loc, fmt::format("duplicate layer '{}'; first declared at {}:{}",
                             name, first->loc.line, first->loc.column));
      continue;
    }
    config.layers.push_back({std::move(name), loc});
  }
}

void Loader::parse_modules(const Entry& e, Config& config) {
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          "'modules' must be a map of module names to their settings");
    return;
  }
  if (e.value.size() == 0) {
    error(loc_of(e.value, e.key),
          "'modules' is empty; declare at least one module with its 'paths'");
  }
  for (const Entry& m : entries(e.value, "module", nullptr, "")) {
    check_name("module", m.name, loc_of(m.key.Mark()));
    config.modules.push_back(parse_module(m));
  }
}

ModuleConfig Loader::parse_module(const Entry& e) {
  ModuleConfig m;
  m.name = e.name;
  m.loc = loc_of(e.key.Mark());
  if (!e.value.IsMap()) {
    // Keep the module anyway: references to it must not cascade into errors.
    error(
        loc_of(e.value, e.key),
        fmt::format("module '{}' must be a map with at least 'paths'", e.name));
    return m;
  }
  const std::string where = fmt::format(" in module '{}'", e.name);
  bool has_paths = false;
  for (const Entry& key : entries(e.value, "key", &kModuleKeys, where)) {
    has_paths = has_paths || key.name == "paths";
    parse_module_key(key, m);
  }
  if (!has_paths) {
    error(m.loc,
          fmt::format("module '{}' has no 'paths'; add a list of globs such as "
                      "paths: [\"src/{}/**\"]",
                      e.name, e.name));
  }
  return m;
}

void Loader::parse_module_key(const Entry& e, ModuleConfig& m) {
  if (e.name == "paths") {
    if (auto paths = patterns(e, "'paths' must be a list of globs")) {
      m.paths = std::move(*paths);
      if (e.value.size() == 0) {
        error(loc_of(e.value, e.key),
              fmt::format(
                  "'paths' of module '{}' is empty; list at least one glob",
                  m.name));
      }
    }
  } else if (e.name == "public") {
    m.public_ = patterns(e, "'public' must be a list of globs");
  } else if (e.name == "depends_on") {
    m.depends_on = dependency_list(
        e, "'depends_on' must be a list of module names, globs or group:NAME");
  } else if (e.name == "layer") {
    if (e.value.IsScalar()) {
      if (is_string(e.value))
        m.layer = NameRef{e.value.Scalar(), loc_of(e.value.Mark())};
    } else {
      error(loc_of(e.value, e.key), "'layer' must be a layer name");
    }
  } else if (e.name == "value") {
    parse_value(e, m);
  } else if (e.name == "depends_on_mode") {
    if (auto mode = depends_on_mode(e)) m.transitive = *mode;
  } else if (e.name == "owners") {
    if (auto items = scalar_list(e, "'owners' must be a list of strings")) {
      for (auto& [owner, loc] : *items) {
        if (owner.empty()) {
          error(loc, "empty owner; name a team or a person");
          continue;
        }
        m.owners.push_back(std::move(owner));
      }
    }
  }
}

std::optional<std::vector<DependencyRef>> Loader::dependency_list(
    const Entry& e, std::string_view message) {
  auto items = scalar_list(e, message);
  if (!items) return std::nullopt;
  std::vector<DependencyRef> out;
  out.reserve(items->size());
  for (auto& [name, loc] : *items) out.push_back({std::move(name), loc, {}});
  return out;
}

void Loader::parse_groups(const Entry& e, Config& config) {
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          "'groups' must be a map of group names to their settings");
    return;
  }
  for (const Entry& g : entries(e.value, "group", nullptr, "")) {
    if (check_name("group", g.name, loc_of(g.key.Mark())))
      config.groups.push_back(parse_group(g));
  }
}

GroupConfig Loader::parse_group(const Entry& e) {
  GroupConfig g;
  g.name = e.name;
  g.loc = loc_of(e.key.Mark());
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          fmt::format("group '{}' must be a map with at least 'modules'",
                      e.name));
    return g;
  }
  const std::string where = fmt::format(" in group '{}'", e.name);
  bool has_modules = false;
  for (const Entry& key : entries(e.value, "key", &kGroupKeys, where)) {
    if (key.name == "modules") {
      has_modules = true;
      auto list = dependency_list(
          key, "'modules' of a group must be a list of module names or globs");
      if (list && !list->empty()) {
        g.entries = std::move(*list);
      } else if (list) {
        error(loc_of(key.value, key.key),
              fmt::format("'modules' of group '{}' is empty; list at least "
                          "one module",
                          e.name));
      }
    } else if (key.name == "depends_on") {
      g.depends_on =
          dependency_list(key,
                          "'depends_on' of a group must be a list of "
                          "group names");
    } else if (key.name == "layer") {
      if (key.value.IsScalar()) {
        if (is_string(key.value))
          g.layer = NameRef{key.value.Scalar(), loc_of(key.value.Mark())};
      } else {
        error(loc_of(key.value, key.key), "'layer' must be a layer name");
      }
    }
  }
  if (!has_modules) {
    error(g.loc, fmt::format("group '{}' has no 'modules'; list its modules, "
                             "such as modules: [\"{}*\"]",
                             e.name, e.name));
  }
  return g;
}

std::optional<bool> Loader::depends_on_mode(const Entry& e) {
  const std::string text = scalar_text(e.value);
  if (e.value.IsScalar() && (text == "direct" || text == "transitive"))
    return text == "transitive";
  error(loc_of(e.value, e.key),
        fmt::format("bad value '{}' for 'depends_on_mode'; use direct (the "
                    "default) or transitive",
                    escape_controls(text)));
  return std::nullopt;
}

void Loader::parse_value(const Entry& e, ModuleConfig& m) {
  const std::string text = scalar_text(e.value);
  const std::optional<double> number = number_of(e.value);
  if (number) {
    if (*number == std::floor(*number) && *number >= 1 && *number <= 5) {
      m.value = static_cast<int>(*number);
      return;
    }
  } else if (text == "low") {
    m.value = 1;
    return;
  } else if (text == "medium") {
    m.value = 3;
    return;
  } else if (text == "high") {
    m.value = 5;
    return;
  } else if (e.value.IsScalar() && yaml_number(text)) {
    error(loc_of(e.value.Mark()),
          fmt::format("value '{}' of module '{}' is a string; write the number "
                      "without quotes",
                      text, m.name));
    return;
  }
  error(loc_of(e.value, e.key),
        fmt::format(
            "bad value '{}' for module '{}'; use 1..5 or low, medium, high",
            text, m.name));
}

void Loader::parse_rules(const Entry& e, Config& config) {
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          "'rules' must be a map of rule ids to error, warning or off");
    return;
  }
  const std::vector<std::string>& known = vocabulary_.rule_ids;
  for (const Entry& rule : entries(e.value, "rule", nullptr, "")) {
    if (rule.name.find('/') != std::string::npos) {
      if (!plugin_rule(rule)) continue;
    } else if (std::find(known.begin(), known.end(), rule.name) ==
               known.end()) {
      error(loc_of(rule.key.Mark()),
            fmt::format("unknown rule '{}'{}", escape_controls(rule.name),
                        hint_or_list(did_you_mean(rule.name, known),
                                     "known rules", known)));
      continue;
    }
    config.rule_locs[rule.name] = loc_of(rule.key.Mark());
    // `cycle: warning`, or `private-access: {severity: error, except: [...]}`.
    const std::string owner = fmt::format("rule '{}'", rule.name);
    const Entry* severity = &rule;
    std::vector<Entry> keys;
    if (rule.value.IsMap()) {
      severity = nullptr;
      keys = entries(rule.value, "key", &kRuleKeys, " in " + owner);
      for (const Entry& key : keys) {
        if (key.name == "severity") severity = &key;
        if (key.name == "except")
          config.rule_exceptions[rule.name] = exception_list(key, owner);
      }
    }
    if (!severity) continue;
    const std::string text = scalar_text(severity->value);
    if (text == "error") {
      config.rules[rule.name] = RuleSeverity::error;
    } else if (text == "warning") {
      config.rules[rule.name] = RuleSeverity::warning;
    } else if (text == "off") {
      config.rules[rule.name] = RuleSeverity::off;
    } else {
      error(loc_of(severity->value, severity->key),
            fmt::format(
                "bad severity '{}' for rule '{}'; use error, warning or off",
                text, rule.name));
    }
  }
}

void Loader::parse_externals(const Entry& e, Config& config) {
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          "'externals' must be a map of library names to 'includes', 'paths' "
          "or 'namespaces'");
    return;
  }
  static const std::regex kName("[A-Za-z0-9][A-Za-z0-9_.+-]*");
  for (const Entry& x : entries(e.value, "external library", nullptr, "")) {
    const ConfigLoc loc = loc_of(x.key.Mark());
    if (!std::regex_match(x.name, kName)) {
      error(loc, fmt::format("bad library name '{}'; use letters, digits, "
                             "'_', '.', '+' and '-', starting with a letter "
                             "or digit",
                             escape_controls(x.name)));
      continue;
    }
    if (x.name == kOtherExternal) {
      error(loc, fmt::format("'{}' is reserved for the external code no "
                             "library names; give this library another name",
                             kOtherExternal));
      continue;
    }
    config.externals.push_back(parse_external(x));
  }
}

ExternalConfig Loader::parse_external(const Entry& e) {
  ExternalConfig x;
  x.name = e.name;
  x.loc = loc_of(e.key.Mark());
  const std::string owner = fmt::format("external library '{}'", e.name);
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          fmt::format("{} must be a map with 'includes', 'paths' or "
                      "'namespaces'",
                      owner));
    return x;
  }
  bool any = false;  // some entry names code
  const std::string where = " in " + owner;
  for (const Entry& key : entries(e.value, "key", &kExternalKeys, where)) {
    const std::string message = fmt::format(
        "'{}' of {} must be a list of {}", key.name, owner,
        key.name == "includes" ? "include names such as '<openssl/**>'"
        : key.name == "paths"  ? "globs over files"
                               : "namespaces such as 'boost::asio'");
    auto items = scalar_list(key, message);
    if (!items) continue;
    if (items->empty())
      error(loc_of(key.value, key.key),
            fmt::format("'{}' of {} is empty", key.name, owner));
    for (auto& [text, at] : *items) {
      any = true;
      std::string body = text;
      if (key.name == "namespaces") {
        if (body.starts_with("::")) body.erase(0, 2);
        static const std::regex kNamespace(
            "[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*");
        if (!std::regex_match(body, kNamespace)) {
          error(at, fmt::format("bad namespace '{}' in {}; write a qualified "
                                "name such as 'boost::asio'",
                                escape_controls(text), owner));
          continue;
        }
        x.namespaces.push_back({body, at});
        continue;
      }
      if (key.name == "includes" && body.size() >= 2 &&
          ((body.front() == '<' && body.back() == '>') ||
           (body.front() == '"' && body.back() == '"')))
        body = body.substr(1, body.size() - 2);
      // An absolute glob is compiled without its '/' and matched so.
      const bool absolute = key.name == "paths" && body.starts_with('/');
      if (absolute) body.erase(0, 1);
      std::string reason;
      auto glob = body.empty() ? std::nullopt : Glob::compile(body, &reason);
      if (!glob) {
        error(at, fmt::format("bad glob '{}' in {}{}", escape_controls(text),
                              owner, reason.empty() ? "" : ": " + reason));
        continue;
      }
      if (key.name == "includes") {
        x.includes.push_back({std::move(*glob), at});
        x.include_texts.push_back(text);
      } else {
        (absolute ? x.absolute_paths : x.paths)
            .push_back({std::move(*glob), at});
      }
    }
  }
  if (!any && e.value.size() == 0)  // (a bad key or list said so already)
    error(x.loc, fmt::format("{} names none of its code: give 'includes', "
                             "'paths' or 'namespaces'",
                             owner));
  return x;
}

// Plugin and policy ids: a letter or digit, then letters, digits, _ . -
const std::regex& id_pattern() {
  static const std::regex kId("[A-Za-z0-9][A-Za-z0-9_.-]*");
  return kId;
}

/// A `rules:` entry "NAME/RULE" of plugin NAME: well-formed, and NAME given
/// with --plugin when the subcommand runs plugins (whether the plugin has a
/// rule RULE is known only when it answers: pipeline/).
bool Loader::plugin_rule(const Entry& rule) {
  const ConfigLoc loc = loc_of(rule.key.Mark());
  const std::size_t slash = rule.name.find('/');
  const std::string name = rule.name.substr(0, slash);
  const std::string id = rule.name.substr(slash + 1);
  if (!std::regex_match(name, id_pattern()) ||
      !std::regex_match(id, id_pattern())) {
    error(loc, fmt::format("bad rule id '{}'; a plugin's rule is PLUGIN/RULE, "
                           "each of letters, digits, '_', '.' and '-'",
                           escape_controls(rule.name)));
    return false;
  }
  if (!vocabulary_.plugins) return true;
  const std::vector<std::string>& plugins = *vocabulary_.plugins;
  if (std::find(plugins.begin(), plugins.end(), name) != plugins.end())
    return true;
  error(loc, fmt::format("unknown rule '{}': no plugin '{}' is given{}",
                         rule.name, name,
                         plugins.empty()
                             ? fmt::format("; run with --plugin PATH/{}", name)
                             : hint_or_list(did_you_mean(name, plugins),
                                            "plugins given", plugins)));
  return false;
}

/// A YAML value as JSON under YAML 1.2's core schema: plain true/false are
/// booleans, plain numbers numbers (whole ones integers), `~`/null/empty null;
/// quoted scalars strings. Nullopt (reported) for .inf and .nan.
std::optional<nlohmann::json> Loader::json_of(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return nlohmann::json();
  if (node.IsSequence()) {
    nlohmann::json out = nlohmann::json::array();
    for (const YAML::Node& item : node) {
      auto v = json_of(item);
      if (!v) return std::nullopt;
      out.push_back(std::move(*v));
    }
    return out;
  }
  if (node.IsMap()) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& kv : node) {
      auto v = json_of(kv.second);
      if (!v) return std::nullopt;
      out[scalar_text(kv.first)] = std::move(*v);
    }
    return out;
  }
  const std::string& text = node.Scalar();
  const std::string_view kind = scalar_kind(node);
  if (kind == "boolean")
    return nlohmann::json(text[0] == 't' || text[0] == 'T');
  if (kind == "string") return nlohmann::json(text);
  static const std::regex kWhole("[-+]?[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+");
  const double v = *yaml_number(text);
  if (!std::isfinite(v)) {
    error(loc_of(node.Mark()),
          fmt::format("'{}' has no JSON form; plugin options are JSON", text));
    return std::nullopt;
  }
  if (std::regex_match(text, kWhole) && std::fabs(v) < 9.0e15)
    return nlohmann::json(static_cast<std::int64_t>(v));
  return nlohmann::json(v);
}

void Loader::parse_plugin_options(const Entry& e, Config& config) {
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          "'plugin_options' must be a map of plugin names to their options");
    return;
  }
  for (const Entry& p : entries(e.value, "plugin", nullptr, "")) {
    const ConfigLoc loc = loc_of(p.key.Mark());
    if (!std::regex_match(p.name, id_pattern())) {
      error(loc, fmt::format("bad plugin name '{}'; a plugin is named after "
                             "its executable: letters, digits, '_', '.' and "
                             "'-'",
                             escape_controls(p.name)));
      continue;
    }
    auto json = json_of(p.value);
    if (!json) continue;
    config.plugin_options[p.name] = {loc, json->dump()};
    if (!vocabulary_.plugins) continue;
    const std::vector<std::string>& plugins = *vocabulary_.plugins;
    if (std::find(plugins.begin(), plugins.end(), p.name) == plugins.end())
      add(DiagLevel::warning, loc,
          fmt::format("options of plugin '{}', which is not given with "
                      "--plugin; ignored{}",
                      p.name,
                      plugins.empty()
                          ? std::string()
                          : hint_or_list(did_you_mean(p.name, plugins),
                                         "plugins given", plugins)));
  }
}

void Loader::parse_policies(const Entry& e, Config& config) {
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          "'policies' must be a map of policy ids to their settings");
    return;
  }
  const std::vector<std::string>& rules = vocabulary_.rule_ids;
  for (const Entry& p : entries(e.value, "policy", nullptr, "")) {
    const ConfigLoc loc = loc_of(p.key.Mark());
    if (!std::regex_match(p.name, id_pattern())) {
      error(loc, fmt::format("bad policy id '{}'; use letters, digits, '_', "
                             "'.' and '-', starting with a letter or digit",
                             escape_controls(p.name)));
      continue;
    }
    if (std::find(rules.begin(), rules.end(), p.name) != rules.end()) {
      error(loc, fmt::format("policy '{}' has the id of a built-in rule; give "
                             "it another id",
                             p.name));
      continue;
    }
    config.policies.push_back(parse_policy(p));
  }
}

PolicyConfig Loader::parse_policy(const Entry& e) {
  PolicyConfig p;
  p.id = e.name;
  p.loc = loc_of(e.key.Mark());
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          fmt::format("policy '{}' must be a map with 'kind', 'to' and "
                      "'message'",
                      e.name));
    return p;
  }
  const std::string where = fmt::format(" in policy '{}'", e.name);
  std::set<std::string> seen;
  for (const Entry& key : entries(e.value, "key", &kPolicyKeys, where)) {
    seen.insert(key.name);
    parse_policy_key(key, p);
  }
  for (const char* required : {"kind", "to", "message"}) {
    if (!seen.contains(required))
      error(p.loc, fmt::format("policy '{}' has no '{}'", p.id, required));
  }
  if (p.kind == PolicyKind::only && seen.contains("kind") &&
      !seen.contains("from"))
    error(p.loc, fmt::format("policy '{}' is 'only' but has no 'from': list "
                             "the modules that may use its 'to'",
                             p.id));
  return p;
}

void Loader::parse_policy_key(const Entry& e, PolicyConfig& p) {
  const std::string owner = fmt::format("policy '{}'", p.id);
  const std::string text = scalar_text(e.value);
  if (e.name == "kind") {
    if (text == "forbid" || text == "only") {
      p.kind = text == "forbid" ? PolicyKind::forbid : PolicyKind::only;
    } else {
      error(loc_of(e.value, e.key),
            fmt::format("bad kind '{}' for {}; use forbid (no use from 'from' "
                        "to 'to') or only (only 'from' may use 'to')",
                        escape_controls(text), owner));
    }
  } else if (e.name == "severity") {
    if (text == "error" || text == "warning" || text == "off") {
      p.severity = text == "error"     ? RuleSeverity::error
                   : text == "warning" ? RuleSeverity::warning
                                       : RuleSeverity::off;
    } else {
      error(loc_of(e.value, e.key),
            fmt::format("bad severity '{}' for {}; use error, warning or off",
                        escape_controls(text), owner));
    }
  } else if (e.name == "message" || e.name == "link") {
    if (!e.value.IsScalar() || text.empty() || has_control(text)) {
      error(loc_of(e.value, e.key),
            fmt::format("'{}' of {} must be a non-empty line of text", e.name,
                        owner));
    } else {
      (e.name == "message" ? p.message : p.link) = text;
    }
  } else if (e.name == "from" || e.name == "to") {
    auto items = scalar_list(
        e, fmt::format("'{}' of {} must be a list of modules, group:, "
                       "layer:, path:, symbol:, macro: or external: entries",
                       e.name, owner));
    if (!items) return;
    if (items->empty())
      error(loc_of(e.value, e.key),
            fmt::format("'{}' of {} is empty", e.name, owner));
    for (const auto& [item, loc] : *items) {
      if (auto sel = selector(item, loc, e.name == "from", owner))
        (e.name == "from" ? p.from : p.to).push_back(std::move(*sel));
    }
  } else if (e.name == "uses") {
    auto items = scalar_list(
        e,
        "'uses' must be a list of use kinds: include, symbol, macro, "
        "declaration");
    if (!items) return;
    for (const auto& [kind, loc] : *items) {
      if (std::find(kUseKinds.begin(), kUseKinds.end(), kind) ==
          kUseKinds.end()) {
        error(loc, fmt::format("unknown use kind '{}'{}", escape_controls(kind),
                               hint_or_list(did_you_mean(kind, kUseKinds),
                                            "expected one of", kUseKinds)));
        continue;
      }
      p.uses.push_back(kind);
    }
  } else if (e.name == "except") {
    p.except = exception_list(e, owner);
  }
}

std::optional<Selector> Loader::selector(const std::string& text, ConfigLoc loc,
                                         bool where_written,
                                         std::string_view owner) {
  Selector sel;
  sel.text = text;
  sel.loc = loc;
  std::string_view body = text;
  if (body.starts_with('!')) {
    sel.negated = true;
    body.remove_prefix(1);
  }
  // "prefix:rest"; "a::b" is a qualified name, not a prefix.
  const std::size_t colon = body.find(':');
  const bool has_prefix = colon != std::string_view::npos && colon > 0 &&
                          (colon + 1 >= body.size() || body[colon + 1] != ':');
  const std::string prefix(has_prefix ? body.substr(0, colon) : "");
  const std::string_view rest = has_prefix ? body.substr(colon + 1) : body;
  if (rest.empty()) {
    error(loc,
          fmt::format("empty entry '{}' in {}", escape_controls(text), owner));
    return std::nullopt;
  }
  if (has_prefix &&
      std::find(kSelectorPrefixes.begin(), kSelectorPrefixes.end(), prefix) ==
          kSelectorPrefixes.end()) {
    error(loc,
          fmt::format("unknown prefix '{}:' in '{}' of {}{}",
                      escape_controls(prefix), escape_controls(text), owner,
                      hint_or_list(did_you_mean(prefix, kSelectorPrefixes),
                                   "expected one of", kSelectorPrefixes)));
    return std::nullopt;
  }
  if (prefix == "external" && where_written) {
    error(loc, fmt::format("'{}' in 'from' of {}: seams sees no use written "
                           "in external code; name it in 'to'",
                           escape_controls(text), owner));
    return std::nullopt;
  }
  if (prefix == "path" || prefix == "symbol" || prefix == "macro") {
    if (where_written && prefix != "path") {
      error(loc, fmt::format("'{}' in 'from' of {}: a use is written in a "
                             "file, so 'from' takes modules, group:, layer: "
                             "and path: entries",
                             escape_controls(text), owner));
      return std::nullopt;
    }
    sel.kind = prefix == "path"     ? Selector::Kind::path
               : prefix == "symbol" ? Selector::Kind::symbol
                                    : Selector::Kind::macro;
    std::string reason;
    sel.glob = Glob::compile(std::string(rest), &reason);
    if (!sel.glob) {
      error(loc, fmt::format("bad glob '{}' in {}: {}", escape_controls(rest),
                             owner, reason));
      return std::nullopt;
    }
    return sel;
  }
  sel.kind = Selector::Kind::modules;
  sel.reference = std::string(body);
  return sel;
}

/// The `except:` list of a policy or a rule; bad entries are reported and
/// left out.
std::vector<PolicyException> Loader::exception_list(const Entry& e,
                                                    std::string_view owner) {
  std::vector<PolicyException> out;
  if (!e.value.IsSequence()) {
    error(loc_of(e.value, e.key),
          fmt::format("'except' of {} must be a list of exceptions, each "
                      "with 'file' and 'reason'",
                      owner));
    return out;
  }
  for (const YAML::Node& item : e.value)
    if (auto ex = policy_exception(item, owner)) out.push_back(std::move(*ex));
  return out;
}

std::optional<PolicyException> Loader::policy_exception(
    const YAML::Node& node, std::string_view owner) {
  if (!node.IsMap()) {
    error(loc_of(node.Mark()),
          fmt::format("an exception of {} must be a map with 'file' and "
                      "'reason'",
                      owner));
    return std::nullopt;
  }
  PolicyException ex;
  ex.loc = loc_of(node.Mark());
  const std::string where = fmt::format(" in an exception of {}", owner);
  bool ok = true;
  bool has_file = false;
  for (const Entry& key : entries(node, "key", &kExceptionKeys, where)) {
    const std::string text = scalar_text(key.value);
    const ConfigLoc at = loc_of(key.value, key.key);
    if (key.name == "file") {
      has_file = true;
      std::string reason;
      ex.file_text = text;
      if (!key.value.IsScalar() || text.empty()) {
        error(at, fmt::format("'file' of an exception of {} must be a path or "
                              "a glob",
                              owner));
      } else if (!(ex.file = Glob::compile(text, &reason))) {
        error(at, fmt::format("bad glob '{}' in an exception of {}: {}",
                              escape_controls(text), owner, reason));
      }
    } else if (key.name == "target") {
      if (!key.value.IsScalar() || text.empty()) {
        error(at, fmt::format("'target' of an exception of {} must be one "
                              "entry like those of 'to'",
                              owner));
        ok = false;
      } else if (auto sel = selector(text, at, false, owner)) {
        ex.target = std::move(*sel);
      } else {
        ok = false;
      }
    } else if (key.name == "reason") {
      if (!key.value.IsScalar() || text.empty() || has_control(text)) {
        error(at, fmt::format("'reason' of an exception of {} must be a "
                              "non-empty line of text",
                              owner));
      } else {
        ex.reason = text;
      }
    } else if (key.name == "until") {
      static const std::regex kDate("(\\d{4})-(\\d{2})-(\\d{2})");
      std::smatch m;
      const bool shaped =
          key.value.IsScalar() && std::regex_match(text, m, kDate);
      const int month = shaped ? std::stoi(m[2]) : 0;
      const int day = shaped ? std::stoi(m[3]) : 0;
      if (!shaped || month < 1 || month > 12 || day < 1 || day > 31) {
        error(at, fmt::format("bad date '{}' for 'until' in an exception of "
                              "{}; write YYYY-MM-DD",
                              escape_controls(text), owner));
      } else {
        ex.until = text;
      }
    }
  }
  if (!ex.file) {
    if (!has_file)
      error(ex.loc, fmt::format("an exception of {} has no 'file'", owner));
    ok = false;
  }
  if (ex.reason.empty()) {
    error(ex.loc, fmt::format("an exception of {} has no 'reason'; say why "
                              "the use is allowed",
                              owner));
    ok = false;
  }
  if (!ok) return std::nullopt;
  return ex;
}

void Loader::parse_scoring(const Entry& e, Config& config) {
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          "'scoring' must be a map of names to numbers");
    return;
  }
  for (const Entry& item : entries(e.value, "key", nullptr, "")) {
    const std::string text = scalar_text(item.value);
    const std::optional<double> number = number_of(item.value);
    if (number && std::isfinite(*number)) {
      config.scoring[item.name] = *number;
      config.scoring_locs[item.name] = loc_of(item.key.Mark());
    } else {
      error(
          loc_of(item.value, item.key),
          fmt::format("bad number '{}' for scoring key '{}'", text, item.name));
    }
  }
}

std::optional<Config> Loader::run(const YAML::Node& root) {
  if (root.IsNull()) {
    error({}, "the file is empty; it needs 'version: 1' and 'modules'");
    return std::nullopt;
  }
  if (!root.IsMap()) {
    error(loc_of(root.Mark()),
          "the top level must be a map with 'version' and 'modules'");
    return std::nullopt;
  }
  Config config;
  bool has_modules = false;
  bool has_version = false;
  for (const Entry& e : entries(root, "key", &kTopKeys, "")) {
    if (e.name == "version") {
      has_version = true;
      parse_version(e, config);
    }
    if (e.name == "layers") parse_layers(e, config);
    if (e.name == "exclude") {
      config.exclude = patterns(e, "'exclude' must be a list of globs")
                           .value_or(std::vector<PatternRef>());
    }
    if (e.name == "modules") {
      has_modules = true;
      parse_modules(e, config);
    }
    if (e.name == "groups") parse_groups(e, config);
    if (e.name == "rules") parse_rules(e, config);
    if (e.name == "policies") parse_policies(e, config);
    if (e.name == "externals") parse_externals(e, config);
    if (e.name == "plugin_options") parse_plugin_options(e, config);
    if (e.name == "scoring") parse_scoring(e, config);
    if (e.name == "depends_on_mode") {
      if (auto mode = depends_on_mode(e)) config.transitive = *mode;
    }
    if (e.name == "forward_declarations") {
      const std::string text = scalar_text(e.value);
      if (e.value.IsScalar() && (text == "weak" || text == "dependency")) {
        config.forward_declarations_are_dependencies = text == "dependency";
      } else {
        error(loc_of(e.value, e.key),
              fmt::format("bad value '{}' for 'forward_declarations'; use weak "
                          "(the default: not a dependency) or dependency",
                          escape_controls(text)));
      }
    }
  }
  if (!has_version) error({}, "missing 'version'; add 'version: 1'");
  if (!has_modules)
    error({}, "missing 'modules'; declare each module with its 'paths'");
  config_detail::resolve_references(
      config, [this](DiagLevel level, ConfigLoc loc, std::string message) {
        add(level, loc, std::move(message));
      });
  return config;
}

}  // namespace

std::optional<std::size_t> Config::find_module(std::string_view name) const {
  for (std::size_t i = 0; i < modules.size(); ++i) {
    if (modules[i].name == name) return i;
  }
  return std::nullopt;
}

const GroupConfig* Config::find_group(std::string_view name) const {
  for (const GroupConfig& g : groups)
    if (g.name == name) return &g;
  return nullptr;
}

std::optional<std::vector<std::string>> Config::direct_dependencies(
    const ModuleConfig& m) const {
  const GroupConfig* group = m.group ? find_group(*m.group) : nullptr;
  const bool group_declares = group != nullptr && group->depends_on;
  if (!m.depends_on && !group_declares) return std::nullopt;
  std::set<std::string> out;
  const auto add = [&](const std::vector<DependencyRef>& deps) {
    for (const DependencyRef& dep : deps)
      out.insert(dep.modules.begin(), dep.modules.end());
  };
  if (m.depends_on) add(*m.depends_on);
  if (group_declares) add(*group->depends_on);
  out.erase(m.name);  // a group may name itself
  return std::vector<std::string>(out.begin(), out.end());
}

std::optional<std::size_t> Config::layer_index(std::string_view layer) const {
  for (std::size_t i = 0; i < layers.size(); ++i) {
    if (layers[i].name == layer) return i;
  }
  return std::nullopt;
}

std::optional<Config> load_config(const fs::path& path,
                                  const ConfigVocabulary& vocabulary,
                                  Diagnostics& diags) {
  const FileText file = read_file(path);
  if (!file.ok()) {
    diags.error(
        fmt::format("cannot read {}: {}", path.string(), file.error_message()));
    return std::nullopt;
  }
  return load_config_from_string(file.text, path, vocabulary, diags);
}

std::optional<Config> load_config_from_string(
    const std::string& text, const fs::path& path,
    const ConfigVocabulary& vocabulary, Diagnostics& diags) {
  const std::string shown = path.string();
  Loader loader(shown, vocabulary);
  std::optional<Config> config;
  try {
    config = loader.run(YAML::Load(text));
  } catch (const YAML::ParserException& e) {
    if (const ConfigLoc tab = indenting_tab(text, e.mark.line + 1);
        tab.line > 0) {
      loader.error(tab,
                   "tabs are not allowed for indentation in YAML; use "
                   "spaces");
    } else {
      loader.error(loc_of(e.mark), fmt::format("yaml syntax error: {}", e.msg));
    }
  } catch (const YAML::Exception& e) {
    loader.error(loc_of(e.mark), fmt::format("cannot read yaml: {}", e.msg));
  }
  if (loader.flush(diags) || !config) return std::nullopt;
  std::error_code ec;
  config->path = fs::absolute(path, ec).lexically_normal();
  config->root = config->path.parent_path();
  config->display_path = shown;
  return config;
}

std::optional<fs::path> find_config(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start.empty() ? fs::path(".") : start, ec)
                     .lexically_normal();
  if (ec) return std::nullopt;
  // "/a/b/" would otherwise be visited twice, as "/a/b/" and as "/a/b".
  while (dir.has_relative_path() && !dir.has_filename())
    dir = dir.parent_path();
  // Walks up alongside `dir`, in the caller's own terms.
  fs::path shown = start.empty() ? fs::path(".") : start;
  for (;;) {
    const fs::path candidate = dir / "seams.yaml";
    if (fs::is_regular_file(candidate, ec)) {
      return start.is_absolute() ? candidate
                                 : (shown / "seams.yaml").lexically_normal();
    }
    if (dir == dir.parent_path() || dir.parent_path().empty())
      return std::nullopt;
    dir = dir.parent_path();
    shown /= "..";
  }
}

}  // namespace seams

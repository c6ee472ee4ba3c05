// Loads seams.yaml into a Config. The only file that sees yaml-cpp: it catches
// its exceptions and turns every problem into a diagnostic with file:line:col,
// a quoted value and, for misspelled names, a "did you mean". All sections are
// checked before returning, so one run shows every error of the file.
#include "analyzer/config.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <system_error>

namespace seams {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxEditDistance = 2;

const std::vector<std::string> kTopKeys = {"version", "layers", "exclude",
                                           "modules", "rules",  "scoring"};
const std::vector<std::string> kModuleKeys = {"paths", "public", "depends_on",
                                              "layer", "value",  "owners"};

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

/// "; did you mean 'users'?" for the closest candidate within kMaxEditDistance,
/// else "".
std::string did_you_mean(std::string_view name,
                         const std::vector<std::string>& candidates) {
  const std::string* best = nullptr;
  std::size_t best_distance = kMaxEditDistance + 1;
  for (const std::string& candidate : candidates) {
    const std::size_t d = edit_distance(name, candidate);
    // A distance as long as the name ('x' -> 'y') is another word, not a typo.
    if (d < best_distance && d < name.size()) {
      best = &candidate;
      best_distance = d;
    }
  }
  return best == nullptr ? std::string()
                         : fmt::format("; did you mean '{}'?", *best);
}

/// `hint` when there is one, else "; {intro}: a, b, c".
std::string hint_or_list(std::string hint, std::string_view intro,
                         const std::vector<std::string>& items) {
  if (!hint.empty()) return hint;
  return fmt::format("; {}: {}", intro, fmt::join(items, ", "));
}

/// The text of a scalar; "" for a list, a map or nothing, which then shows as
/// '' in the message about the bad value.
std::string scalar_text(const YAML::Node& node) {
  return node.IsScalar() ? node.Scalar() : std::string();
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

/// Returns errno of the failure, or 0.
int read_file(const fs::path& path, std::string* out) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return errno;
  char buffer[16384];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
    out->append(buffer, n);
  const int err = std::ferror(file) != 0 ? (errno != 0 ? errno : EIO) : 0;
  std::fclose(file);
  return err;
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
  explicit Loader(std::string shown) : shown_(std::move(shown)) {}

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
  void parse_scoring(const Entry& e, Config& config);
  void check_references(const Config& config);
  void add(DiagLevel level, ConfigLoc loc, std::string message);

  std::string shown_;
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
  } else if (e.value.Scalar() != "1") {
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
  for (const Entry& m : entries(e.value, "module", nullptr, "")) {
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
  const auto names = [](std::vector<Item>&& items) {
    std::vector<NameRef> out;
    out.reserve(items.size());
    for (auto& [name, loc] : items) out.push_back({std::move(name), loc});
    return out;
  };
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
    if (auto items =
            scalar_list(e, "'depends_on' must be a list of module names")) {
      m.depends_on = names(std::move(*items));
    }
  } else if (e.name == "layer") {
    if (e.value.IsScalar()) {
      m.layer = NameRef{e.value.Scalar(), loc_of(e.value.Mark())};
    } else {
      error(loc_of(e.value, e.key), "'layer' must be a layer name");
    }
  } else if (e.name == "value") {
    parse_value(e, m);
  } else if (e.name == "owners") {
    if (auto items = scalar_list(e, "'owners' must be a list of strings")) {
      for (auto& item : *items) m.owners.push_back(std::move(item.first));
    }
  }
}

void Loader::parse_value(const Entry& e, ModuleConfig& m) {
  const std::string text = scalar_text(e.value);
  if (text == "low") {
    m.value = 1;
  } else if (text == "medium") {
    m.value = 3;
  } else if (text == "high") {
    m.value = 5;
  } else {
    int number = 0;
    const auto [end, ec] =
        std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec == std::errc() && end == text.data() + text.size() && number >= 1 &&
        number <= 5) {
      m.value = number;
      return;
    }
    error(loc_of(e.value, e.key),
          fmt::format(
              "bad value '{}' for module '{}'; use 1..5 or low, medium, high",
              text, m.name));
  }
}

void Loader::parse_rules(const Entry& e, Config& config) {
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          "'rules' must be a map of rule ids to error, warning or off");
    return;
  }
  const std::vector<std::string>& known = builtin_rule_ids();
  for (const Entry& rule : entries(e.value, "rule", nullptr, "")) {
    // Ids with a '/' belong to plugins, which are loaded later.
    const bool is_plugin = rule.name.find('/') != std::string::npos;
    if (!is_plugin &&
        std::find(known.begin(), known.end(), rule.name) == known.end()) {
      error(loc_of(rule.key.Mark()),
            fmt::format("unknown rule '{}'{}", rule.name,
                        hint_or_list(did_you_mean(rule.name, known),
                                     "known rules", known)));
      continue;
    }
    const std::string text = scalar_text(rule.value);
    if (text == "error") {
      config.rules[rule.name] = RuleSeverity::error;
    } else if (text == "warning") {
      config.rules[rule.name] = RuleSeverity::warning;
    } else if (text == "off") {
      config.rules[rule.name] = RuleSeverity::off;
    } else {
      error(loc_of(rule.value, rule.key),
            fmt::format(
                "bad severity '{}' for rule '{}'; use error, warning or off",
                text, rule.name));
    }
  }
}

void Loader::parse_scoring(const Entry& e, Config& config) {
  if (!e.value.IsMap()) {
    error(loc_of(e.value, e.key),
          "'scoring' must be a map of names to numbers");
    return;
  }
  for (const Entry& item : entries(e.value, "key", nullptr, "")) {
    const std::string text = scalar_text(item.value);
    double number = 0;
    const auto [end, ec] =
        std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec == std::errc() && end == text.data() + text.size() &&
        std::isfinite(number)) {
      config.scoring[item.name] = number;
      config.scoring_locs[item.name] = loc_of(item.key.Mark());
    } else {
      error(
          loc_of(item.value, item.key),
          fmt::format("bad number '{}' for scoring key '{}'", text, item.name));
    }
  }
}

/// Names in depends_on and layer may refer to modules declared further down, so
/// they are checked once everything is read.
void Loader::check_references(const Config& config) {
  std::vector<std::string> modules;
  for (const ModuleConfig& m : config.modules) modules.push_back(m.name);
  std::vector<std::string> layers;
  for (const NameRef& l : config.layers) layers.push_back(l.name);
  for (const ModuleConfig& m : config.modules) {
    for (std::size_t i = 0; m.depends_on && i < m.depends_on->size(); ++i) {
      const NameRef& dep = (*m.depends_on)[i];
      if (dep.name == m.name) {
        error(dep.loc, fmt::format("module '{}' depends on itself", m.name));
      } else if (!config.find_module(dep.name)) {
        error(dep.loc,
              fmt::format("module '{}' depends on unknown module '{}'{}",
                          m.name, dep.name, did_you_mean(dep.name, modules)));
      } else if (std::any_of(
                     m.depends_on->begin(),
                     m.depends_on->begin() + static_cast<std::ptrdiff_t>(i),
                     [&](const NameRef& d) { return d.name == dep.name; })) {
        add(DiagLevel::warning, dep.loc,
            fmt::format("module '{}' lists '{}' twice in depends_on", m.name,
                        dep.name));
      }
    }
    if (!m.layer) continue;
    if (layers.empty()) {
      error(m.layer->loc,
            fmt::format(
                "module '{}' has layer '{}', but no 'layers' are declared",
                m.name, m.layer->name));
    } else if (!config.layer_index(m.layer->name)) {
      error(m.layer->loc,
            fmt::format("module '{}' has unknown layer '{}'{}", m.name,
                        m.layer->name,
                        hint_or_list(did_you_mean(m.layer->name, layers),
                                     "layers are", layers)));
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
  for (const Entry& e : entries(root, "key", &kTopKeys, "")) {
    if (e.name == "version") parse_version(e, config);
    if (e.name == "layers") parse_layers(e, config);
    if (e.name == "exclude") {
      config.exclude = patterns(e, "'exclude' must be a list of globs")
                           .value_or(std::vector<PatternRef>());
    }
    if (e.name == "modules") {
      has_modules = true;
      parse_modules(e, config);
    }
    if (e.name == "rules") parse_rules(e, config);
    if (e.name == "scoring") parse_scoring(e, config);
  }
  if (!has_modules)
    error({}, "missing 'modules'; declare each module with its 'paths'");
  check_references(config);
  return config;
}

}  // namespace

std::optional<std::size_t> Config::find_module(std::string_view name) const {
  for (std::size_t i = 0; i < modules.size(); ++i) {
    if (modules[i].name == name) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> Config::layer_index(std::string_view layer) const {
  for (std::size_t i = 0; i < layers.size(); ++i) {
    if (layers[i].name == layer) return i;
  }
  return std::nullopt;
}

const std::vector<std::string>& builtin_rule_ids() {
  static const std::vector<std::string> ids = {
      "undeclared-dependency", "layering", "cycle", "private-access",
      "unused-dependency"};
  return ids;
}

std::optional<Config> load_config(const fs::path& path, Diagnostics& diags) {
  std::string text;
  if (const int err = read_file(path, &text); err != 0) {
    diags.error(
        fmt::format("cannot read {}: {}", path.string(),
                    std::error_code(err, std::generic_category()).message()));
    return std::nullopt;
  }
  return load_config_from_string(text, path, diags);
}

std::optional<Config> load_config_from_string(const std::string& text,
                                              const fs::path& path,
                                              Diagnostics& diags) {
  const std::string shown = path.string();
  Loader loader(shown);
  std::optional<Config> config;
  try {
    config = loader.run(YAML::Load(text));
  } catch (const YAML::ParserException& e) {
    loader.error(loc_of(e.mark), fmt::format("yaml syntax error: {}", e.msg));
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

// seams/plugin.h: the protocol of seams plugins (protocol 1), for plugins
// written in C++. Header-only, on nlohmann/json; nothing else of seams.
//
// A plugin is an executable: seams writes one JSON document to its stdin (the
// project: modules, files, module edges with evidence, the built-in findings,
// its plugin_options) and reads one from its stdout (its rules and findings).
// Its name is its file name without the extension, and its rule ids are
// "NAME/RULE". docs/plugins.md is the guide;
// docs/schema/plugin-input.schema.json and plugin-output.schema.json are the
// two documents.
//
//   #include <seams/plugin.h>
//   int main() {
//     return seams::plugin::run([](const seams::plugin::Input& in,
//                                  seams::plugin::Answer& out) {
//       out.rule("big-edge", "A module uses another more than 100 times");
//       for (const auto& e : in.edges) {
//         if (e.evidence.size() <= 100) continue;
//         seams::plugin::Finding f;
//         f.rule = "big-edge";
//         f.message = e.from + " uses " + e.to + " a lot";
//         f.from = e.from;
//         f.to = e.to;
//         f.evidence = e.evidence;
//         out.add(f);
//       }
//     });
//   }
#pragma once

#include <algorithm>
#include <cstdint>
#include <exception>
#include <functional>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace seams::plugin {

inline constexpr int kProtocol = 1;

/// A place in a project file (or seams.yaml); paths relative to the root.
struct Location {
  std::string file;
  int line = 1;
  int column = 1;
};

/// One use: `file:line:column` uses `symbol` (a qualified name, a macro, or
/// the include as spelled) whose home is `target`. kind: include, symbol,
/// macro or declaration.
struct Evidence {
  std::string file;
  int line = 1;
  int column = 1;
  std::string kind = "symbol";
  std::string symbol;
  std::string target;
  std::string context;  // enclosing function or class; may be empty
  bool target_public = true;
};

/// A module as seams.yaml declares it.
struct Module {
  std::string name;
  Location declared_at;  // its key in seams.yaml
  std::vector<std::string> paths;
  std::optional<std::vector<std::string>> public_globs;  // absent: headers
  std::optional<std::vector<std::string>> depends_on;    // as written
  /// The modules its depends_on entries (and its group's) stand for;
  /// nullopt: unrestricted.
  std::optional<std::vector<std::string>> may_use;
  std::string depends_on_mode = "direct";  // or transitive
  std::optional<std::string> layer;
  std::optional<std::string> group;
  std::optional<int> value;
  std::vector<std::string> owners;

  /// Whether its depends_on declares `other` (unrestricted: no).
  bool declares(const std::string& other) const {
    return may_use &&
           std::find(may_use->begin(), may_use->end(), other) != may_use->end();
  }
};

/// A project file the analysis read; `module` empty when no module owns it.
struct File {
  std::string path;
  std::string module;
  bool is_public = false;
};

/// Module `from` uses module `to`: counts per kind and every use.
struct Edge {
  std::string from, to;
  int includes = 0, symbols = 0, macros = 0, declarations = 0;
  std::vector<Evidence> evidence;
};

/// A finding of seams' built-in rules or policies.
struct BuiltinFinding {
  std::string rule, severity, message, fingerprint;
  std::string from, to;  // empty unless a module pair
  std::vector<std::string> modules;
  std::vector<Evidence> evidence;
};

/// What seams sends.
struct Input {
  int protocol = kProtocol;
  std::string seams_version;
  std::string plugin;      // this plugin's name: its rule namespace
  std::string config;      // seams.yaml, relative to the root (the cwd)
  nlohmann::json options;  // plugin_options.<name>; null when absent
  std::vector<std::string> layers;  // top first
  std::vector<Module> modules;      // sorted by name
  std::vector<File> files;          // sorted by path
  std::vector<Edge> edges;          // sorted by (from, to)
  std::vector<BuiltinFinding> findings;

  const Module* module(const std::string& name) const {
    for (const Module& m : modules)
      if (m.name == name) return &m;
    return nullptr;
  }
};

/// A finding to report. Give `from` and `to` (a module pair), or `modules`,
/// or neither; and `evidence`, or a `location`, or both.
struct Finding {
  std::string rule;  // "RULE" (or "NAME/RULE"), declared with Answer::rule
  std::string message;
  std::string severity = "error";  // or warning
  std::string from, to;
  std::vector<std::string> modules;
  std::vector<Evidence> evidence;
  std::optional<Location> location;
};

/// What the plugin answers: its rules and its findings.
class Answer {
 public:
  /// Declares rule `id`: every rule a finding names, and every rule
  /// seams.yaml may configure, even when it finds nothing.
  void rule(std::string id, std::string summary, std::string help = {},
            std::string link = {}) {
    nlohmann::json r{{"id", std::move(id)}, {"summary", std::move(summary)}};
    if (!help.empty()) r["help"] = std::move(help);
    if (!link.empty()) r["link"] = std::move(link);
    rules_.push_back(std::move(r));
  }
  void add(const Finding& f) {
    nlohmann::json j{
        {"rule", f.rule}, {"severity", f.severity}, {"message", f.message}};
    if (!f.from.empty()) j["from"] = f.from;
    if (!f.to.empty()) j["to"] = f.to;
    if (!f.modules.empty()) j["modules"] = f.modules;
    if (!f.evidence.empty()) {
      j["evidence"] = nlohmann::json::array();
      for (const Evidence& e : f.evidence) j["evidence"].push_back(to_json(e));
    }
    if (f.location) {
      j["file"] = f.location->file;
      j["line"] = f.location->line;
      j["column"] = f.location->column;
    }
    findings_.push_back(std::move(j));
  }
  std::string json() const {
    return nlohmann::json{{"protocol", kProtocol},
                          {"rules", rules_},
                          {"findings", findings_}}
               .dump() +
           "\n";
  }

 private:
  static nlohmann::json to_json(const Evidence& e) {
    nlohmann::json j{{"file", e.file},
                     {"line", e.line},
                     {"column", e.column},
                     {"kind", e.kind},
                     {"target_public", e.target_public}};
    if (!e.symbol.empty()) j["symbol"] = e.symbol;
    if (!e.target.empty()) j["target"] = e.target;
    if (!e.context.empty()) j["context"] = e.context;
    return j;
  }
  nlohmann::json rules_ = nlohmann::json::array();
  nlohmann::json findings_ = nlohmann::json::array();
};

namespace detail {

template <class T>
std::optional<T> optional_of(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<T>();
}

inline Evidence evidence_of(const nlohmann::json& j) {
  Evidence e;
  e.file = j.at("file").get<std::string>();
  e.line = j.at("line").get<int>();
  e.column = j.at("column").get<int>();
  e.kind = j.at("kind").get<std::string>();
  e.symbol = j.value("symbol", "");
  e.target = j.value("target", "");
  e.context = j.value("context", "");
  e.target_public = j.value("target_public", true);
  return e;
}

inline std::vector<Evidence> evidence_list(const nlohmann::json& j) {
  std::vector<Evidence> out;
  for (const auto& e : j.value("evidence", nlohmann::json::array()))
    out.push_back(evidence_of(e));
  return out;
}

inline Module module_of(const nlohmann::json& j) {
  Module m;
  m.name = j.at("name").get<std::string>();
  const auto& at = j.at("declared_at");
  m.declared_at = {at.at("file").get<std::string>(), at.at("line").get<int>(),
                   at.at("column").get<int>()};
  m.paths = j.at("paths").get<std::vector<std::string>>();
  m.public_globs = optional_of<std::vector<std::string>>(j, "public");
  m.depends_on = optional_of<std::vector<std::string>>(j, "depends_on");
  m.may_use = optional_of<std::vector<std::string>>(j, "may_use");
  m.depends_on_mode = j.value("depends_on_mode", "direct");
  m.layer = optional_of<std::string>(j, "layer");
  m.group = optional_of<std::string>(j, "group");
  m.value = optional_of<int>(j, "value");
  m.owners = j.value("owners", std::vector<std::string>());
  return m;
}

}  // namespace detail

/// Parses the input document; throws std::exception (nlohmann's, or
/// std::runtime_error for another protocol) when it is not one.
inline Input parse_input(const std::string& text) {
  const nlohmann::json j = nlohmann::json::parse(text);
  Input in;
  in.protocol = j.at("protocol").get<int>();
  if (in.protocol != kProtocol)
    throw std::runtime_error(
        "seams speaks protocol " + std::to_string(in.protocol) +
        "; this plugin speaks " + std::to_string(kProtocol));
  in.seams_version = j.at("seams_version").get<std::string>();
  in.plugin = j.at("plugin").get<std::string>();
  in.config = j.at("config").get<std::string>();
  in.options = j.value("options", nlohmann::json());
  in.layers = j.at("layers").get<std::vector<std::string>>();
  for (const auto& m : j.at("modules"))
    in.modules.push_back(detail::module_of(m));
  for (const auto& f : j.at("files"))
    in.files.push_back({f.at("path").get<std::string>(),
                        f.at("module").is_null()
                            ? std::string()
                            : f.at("module").get<std::string>(),
                        f.at("public").get<bool>()});
  for (const auto& e : j.at("edges"))
    in.edges.push_back({e.at("from").get<std::string>(),
                        e.at("to").get<std::string>(), e.value("includes", 0),
                        e.value("symbols", 0), e.value("macros", 0),
                        e.value("declarations", 0), detail::evidence_list(e)});
  for (const auto& f : j.at("findings"))
    in.findings.push_back(
        {f.at("rule").get<std::string>(), f.at("severity").get<std::string>(),
         f.at("message").get<std::string>(), f.value("fingerprint", ""),
         f.value("from", ""), f.value("to", ""),
         f.value("modules", std::vector<std::string>()),
         detail::evidence_list(f)});
  return in;
}

/// Reads the input document from `in`.
inline Input read_input(std::istream& in = std::cin) {
  return parse_input(std::string(std::istreambuf_iterator<char>(in), {}));
}

/// A plugin's main: reads stdin, calls `check`, writes the answer to stdout.
/// An exception (bad input, bad options: throw std::runtime_error with a
/// message) goes to stderr and exits 2, which seams reports as the plugin's
/// failure.
inline int run(const std::function<void(const Input&, Answer&)>& check) {
  try {
    const Input in = read_input();
    Answer answer;
    check(in, answer);
    std::cout << answer.json();
    std::cout.flush();
    return std::cout ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 2;
  }
}

}  // namespace seams::plugin

// Loads and validates seams.yaml (the schema is in docs/design.md) into plain
// values. Every error names the file, line and column; all errors of a file are
// reported in one run.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "config/glob.h"

namespace seams {

/// A position inside seams.yaml, 1-based. Used to point diagnostics and
/// findings (e.g. `unused-dependency`) at the line that declares something.
struct ConfigLoc {
  int line = 0;
  int column = 0;
  auto operator<=>(const ConfigLoc&) const = default;
};

/// A name written in the config (a module in depends_on, a layer), with where
/// it was written.
struct NameRef {
  std::string name;
  ConfigLoc loc;
};

/// A `depends_on` entry as written, with the modules it stands for. In a
/// module: a module name ("bdlb"), a glob over module names ("bsl*", see
/// glob.h; `*` stays within one '/'-separated segment) or a group
/// ("group:bsl"). In a group: a group name, with or without "group:".
struct DependencyRef {
  std::string name;  // as written
  ConfigLoc loc;
  /// What the entry allows, sorted by name, filled by the loader: the module,
  /// the glob's matches or the group's members, never the declaring module.
  std::vector<std::string> modules;
};

/// A glob written in the config, compiled.
struct PatternRef {
  Glob glob;
  ConfigLoc loc;
};

enum class RuleSeverity { off, warning, error };

struct ModuleConfig {
  std::string name;
  ConfigLoc loc;                  // of the module's key
  std::vector<PatternRef> paths;  // required, non-empty
  /// Absent = every header is public.
  std::optional<std::vector<PatternRef>> public_;
  /// Absent = unrestricted (unless its group has a depends_on); [] = none
  /// allowed.
  std::optional<std::vector<DependencyRef>> depends_on;
  /// Its own layer, or else its group's (then `loc` is the group's `layer`).
  std::optional<NameRef> layer;
  /// The group it belongs to (`groups:`), if any.
  std::optional<std::string> group;
  std::optional<int> value;  // 1..5; low=1, medium=3, high=5
  std::vector<std::string> owners;
  /// `depends_on_mode: transitive` here (or at the top level): the module may
  /// use what its `depends_on` entries may use, transitively. Absent: the
  /// top-level mode.
  std::optional<bool> transitive;
};

/// A named set of modules (`groups:`): BDE's package groups. Its members may
/// use every module of the groups its `depends_on` names (not each other,
/// unless it names itself), on top of their own depends_on.
struct GroupConfig {
  std::string name;
  ConfigLoc loc;  // of the group's key
  /// `modules:` entries (names or globs over module names), with their
  /// matches.
  std::vector<DependencyRef> entries;
  std::vector<std::string> members;  // sorted, unique
  /// Entries name groups; each entry's `modules` are that group's members.
  std::optional<std::vector<DependencyRef>> depends_on;
  /// The layer of members that have none of their own.
  std::optional<NameRef> layer;
};

/// A third-party library of `externals:`: uses of it are edges to
/// `external:NAME`. A target belongs to the first library, in declaration
/// order, that claims it by path, by include name or (a symbol) by namespace.
struct ExternalConfig {
  std::string name;
  ConfigLoc loc;  // of its key
  /// Include names, as written without <> or "" ("openssl/**"): matched
  /// against the include as spelled and the file's path below each include
  /// directory the TUs used.
  std::vector<PatternRef> includes;
  std::vector<std::string> include_texts;  // as written, for messages
  /// Files: relative to the project root, for code vendored into it
  /// ("third_party/zlib/**"), or absolute ("/opt/vendor/**", kept here
  /// without the leading '/').
  std::vector<PatternRef> paths;
  std::vector<PatternRef> absolute_paths;
  /// Namespaces whose symbols are the library's ("boost::asio"), no leading
  /// "::".
  std::vector<NameRef> namespaces;
};

/// The prefix of a library's name wherever it stands beside module names.
inline constexpr std::string_view kExternalPrefix = "external:";
/// External code no `externals:` entry names: not in graphs, but policies
/// see it (a banned symbol of the standard library is found without
/// declaring the standard library).
inline constexpr std::string_view kOtherExternal = "other";

/// One entry of a policy's `from` or `to`, or of an exception's `target`, as
/// written (a leading `!` negates it):
///   orders, legacy_*   a module, or a glob over module names
///   group:NAME         the modules of a group
///   layer:NAME         the modules of a layer
///   path:GLOB          files: where a use is written (from), or the home file
///                      of what it uses (to)
///   symbol:GLOB        a qualified name: "legacy::Logger", "legacy::*"
///   macro:GLOB         a macro name: "LEGACY_LOG"
///   external:NAME      a library of `externals:` (to only); `external:*`
///                      every named one, `external:other` the code none names
struct Selector {
  enum class Kind { modules, path, symbol, macro };
  Kind kind = Kind::modules;
  bool negated = false;
  std::string text;  // as written, with its `!`
  ConfigLoc loc;
  std::optional<Glob> glob;  // path, symbol, macro
  /// kind modules: the reference without `!` ("orders", "group:g",
  /// "layer:domain"), and the modules it stands for, sorted (filled by the
  /// loader).
  std::string reference;
  std::vector<std::string> modules;
};

/// An exception to a policy: uses written in `file` (of `target`, when given)
/// are allowed, for a written `reason`, until the day after `until`.
struct PolicyException {
  ConfigLoc loc;                     // of the entry
  std::string file_text;             // as written
  std::optional<Glob> file;          // required
  std::optional<Selector> target;    // optional: what is used
  std::string reason;                // required, non-empty
  std::optional<std::string> until;  // YYYY-MM-DD
};

/// `forbid`: no use from `from` to `to`. `only`: only `from` may use `to`.
enum class PolicyKind { forbid, only };

/// A declarative rule of `policies:`; its key is its rule id in every output.
struct PolicyConfig {
  std::string id;
  ConfigLoc loc;  // of its key
  PolicyKind kind = PolicyKind::forbid;
  RuleSeverity severity = RuleSeverity::error;
  std::string message;         // required: what to do instead
  std::string link;            // optional URL
  std::vector<Selector> from;  // forbid: absent = every module
  std::vector<Selector> to;    // required
  /// The use kinds that count ("include", "symbol", "macro", "declaration");
  /// empty = all.
  std::vector<std::string> uses;
  std::vector<PolicyException> except;
};

/// `plugin_options: {NAME: ...}`: what plugin NAME gets as its options.
struct PluginOptionsConfig {
  ConfigLoc loc;     // of the key NAME
  std::string json;  // the YAML value as JSON text ("{"teams":[...]}")
};

struct Config {
  std::filesystem::path path;  // absolute, normalized path of seams.yaml
  std::filesystem::path root;  // its directory: the project root
  /// The path as given to `load_config` (e.g. "seams.yaml"): what diagnostics
  /// about the config show, also those raised later (ambiguous ownership in the
  /// module map).
  std::string display_path;
  int version = 1;
  std::vector<NameRef> layers;  // top first
  std::vector<PatternRef> exclude;
  std::vector<ModuleConfig> modules;          // in the order they are declared
  std::vector<GroupConfig> groups;            // in the order they are declared
  std::map<std::string, RuleSeverity> rules;  // only the rules the file names
  /// Where each `rules:` entry's key is written (also those with only an
  /// `except:`), for messages about them after the load.
  std::map<std::string, ConfigLoc> rule_locs;
  /// Per plugin name, its `plugin_options:` entry.
  std::map<std::string, PluginOptionsConfig> plugin_options;
  std::vector<PolicyConfig> policies;     // in the order they are declared
  std::vector<ExternalConfig> externals;  // in the order they are declared
  /// `rules: {ID: {except: [...]}}`: exceptions to a built-in rule, by id.
  std::map<std::string, std::vector<PolicyException>> rule_exceptions;
  /// `forward_declarations: dependency`: a name the using module sees only
  /// through its own forward declaration counts as a dependency (default:
  /// `weak`, kept as evidence only).
  bool forward_declarations_are_dependencies = false;
  /// Top-level `depends_on_mode: transitive` (default direct).
  bool transitive = false;
  /// Optional `scoring:` section (later issues); kept raw as key -> number.
  std::map<std::string, double> scoring;
  /// Where each `scoring:` key is written, so `seams score` can point at a bad
  /// one.
  std::map<std::string, ConfigLoc> scoring_locs;

  /// Index into `modules` of the module called `name`, or nullopt.
  std::optional<std::size_t> find_module(std::string_view name) const;
  /// The group called `name`, or null.
  const GroupConfig* find_group(std::string_view name) const;
  /// The modules `m` may use directly: its depends_on entries and its group's,
  /// expanded, sorted and unique. Nullopt when neither declares a depends_on:
  /// then `m` is unrestricted.
  std::optional<std::vector<std::string>> direct_dependencies(
      const ModuleConfig& m) const;
  /// Position of `layer` in `layers` (0 = top), or nullopt.
  std::optional<std::size_t> layer_index(std::string_view layer) const;
};

/// What seams.yaml may name that the config layer does not own. The rule ids
/// come from the rule registry (rules/), which sits above config: the caller
/// passes them (pipeline/'s read_config), so a new rule is never a second edit
/// here.
struct ConfigVocabulary {
  std::vector<std::string> rule_ids;  // every id `rules:` may set
  /// The plugins of this run (`--plugin`), by name: `rules:` may also name
  /// "NAME/RULE" for each (their plugins say later which RULEs exist), and a
  /// `plugin_options:` entry of another name is a warning. Nullopt: the
  /// subcommand runs no plugins and cannot judge such entries, so any
  /// well-formed "NAME/RULE" is accepted.
  std::optional<std::vector<std::string>> plugins = std::nullopt;
};

/// Reads `path`. Errors (YAML syntax, unknown key with "did you mean", wrong
/// type, missing `paths`, unknown module or group in depends_on, a glob over
/// module names that matches none, a module in two groups, unknown layer, bad
/// glob, bad value, bad severity, a rule id not in `vocabulary`, duplicate
/// module) go to `diags` as "seams.yaml:L:C: message" with the source line;
/// returns nullopt when there was any error.
std::optional<Config> load_config(const std::filesystem::path& path,
                                  const ConfigVocabulary& vocabulary,
                                  Diagnostics& diags);

/// `load_config` on `text` as if it had been read from `path` (which is still
/// what diagnostics name, and where their source lines are read from, and whose
/// directory is the project root). For the fuzzer and for tests.
std::optional<Config> load_config_from_string(
    const std::string& text, const std::filesystem::path& path,
    const ConfigVocabulary& vocabulary, Diagnostics& diags);

/// `seams.yaml` in `start` or its nearest parent, or nullopt. The result is
/// relative when `start` is ("." -> "seams.yaml" or "../seams.yaml"), so
/// messages show a short path.
std::optional<std::filesystem::path> find_config(
    const std::filesystem::path& start);

}  // namespace seams

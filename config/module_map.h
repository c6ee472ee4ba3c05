// Maps project files to modules using the config's globs: the most specific
// `paths` glob owns a file; `exclude` removes files from analysis; `public`
// says which files other modules may use. Files outside the project root are
// external and owned by nobody.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "config/config.h"

namespace seams {

/// Index of a module in `ModuleMap::names()` (modules sorted by name).
enum class ModuleId : std::uint32_t {};

/// A module's position in vectors indexed by module (metrics, scores, rows).
constexpr std::size_t idx(ModuleId id) { return static_cast<std::size_t>(id); }

enum class FileClass {
  external,  // outside the project root: system and third-party headers
  library,   // inside the root, claimed by an `externals:` library's `paths`
  excluded,  // matched by `exclude`
  unowned,   // inside the root, but no module's `paths` matches
  owned,     // owned by `module`
};

struct FileOwner {
  FileClass cls = FileClass::external;
  ModuleId module{};      // valid when cls == owned or library
  bool is_public = true;  // meaningful when cls == owned
};

/// A `paths` glob that matches a file, with its module.
struct OwnerGlob {
  ModuleId module{};
  const PatternRef* pattern = nullptr;
};

/// Why a file is classified as it is: every glob that matches it. For
/// `seams which` and the ownership warnings; `classify` is the fast path.
struct Ownership {
  FileClass cls = FileClass::external;
  /// cls == library: the library and its `paths` glob that claims the file.
  std::optional<OwnerGlob> library;
  /// Every `exclude` glob that matches, in declaration order.
  std::vector<const PatternRef*> excluded_by;
  /// Every `paths` glob that matches (also of an excluded file): the one that
  /// owns the file first, then by decreasing specificity, then in
  /// declaration order.
  std::vector<OwnerGlob> matches;
  /// Another module's glob matches as specifically as `matches[0]`.
  bool tie = false;
  bool is_public = false;  // meaningful when cls == owned
  /// The owner's first `public` glob that matches; null when it has no
  /// `public` list (then headers are public) or none matches.
  const PatternRef* public_by = nullptr;
};

class ModuleMap {
 public:
  /// Builds the map; module ids follow module names in sorted order.
  explicit ModuleMap(const Config& config);  // `config` must outlive the map

  /// Classifies `rel_path` (relative to the project root, '/'-separated; a
  /// path starting with "../" is external; a leading "./" is ignored).
  /// `is_header` matters only when the owning module has no `public` list:
  /// then headers are public and source files are not. When two modules own
  /// the file with equally specific globs, reports an "ambiguous ownership"
  /// error naming both globs' config locations (once per pair of globs) and
  /// returns the module declared first. Not thread-safe while it reports an
  /// ambiguity (nor is `Diagnostics`).
  FileOwner classify(std::string_view rel_path, bool is_header,
                     Diagnostics& diags) const;
  /// The same as classify, but reports nothing: for looking at files before
  /// the analysis decides which it reads (ambiguous ownership is an error only
  /// for files the analysis sees).
  FileOwner peek(std::string_view rel_path, bool is_header) const;

  /// Like `classify`, but lists every glob that matches `rel_path` and reports
  /// nothing.
  Ownership explain(std::string_view rel_path, bool is_header) const;

  /// The number of modules; their ids are 0 .. size() - 1.
  std::size_t size() const { return names_.size(); }
  /// Ids of modules and then of the libraries of `externals:`
  /// ("external:NAME", in name order), the last `external:other` (the code no
  /// library names): for lookups indexed by the target of any use.
  std::size_t id_count() const { return names_.size() + library_names_.size(); }
  bool is_library(ModuleId id) const { return idx(id) >= names_.size(); }
  ModuleId other_library() const {
    return static_cast<ModuleId>(id_count() - 1);
  }
  /// "orders", or "external:openssl" for a library.
  const std::string& name(ModuleId id) const;
  std::optional<ModuleId> find(std::string_view name) const;

  /// The library that claims a file outside the modules, by the first
  /// library in declaration order whose `paths` match `path` (relative to the
  /// root, or absolute) or whose `includes` match one of `include_names`;
  /// as an index into `config().externals`.
  std::optional<std::size_t> library_by_file(
      std::string_view path,
      const std::vector<std::string>& include_names) const;
  /// The first library whose `namespaces` hold the qualified name `symbol`.
  std::optional<std::size_t> library_by_namespace(
      std::string_view symbol) const;
  /// The id of `config().externals[index]`.
  ModuleId library_id(std::size_t index) const { return library_ids_[index]; }
  /// The config entry of a module.
  const ModuleConfig& module_config(ModuleId id) const;
  const std::vector<std::string>& names() const { return names_; }
  const Config& config() const { return *config_; }
  /// Position of the module's layer in `layers` (0 = top), or nullopt.
  std::optional<std::size_t> layer_of(ModuleId id) const;
  /// The modules of each layer (by position in `layers`, top first), then
  /// those without a layer; each list in id order.
  struct LayeredModules {
    std::map<std::size_t, std::vector<ModuleId>> by_layer;
    std::vector<ModuleId> no_layer;
  };
  LayeredModules by_layer() const;

 private:
  FileOwner classify_impl(std::string_view rel_path, bool is_header,
                          Diagnostics* diags) const;
  void report_ambiguities(std::string_view rel_path, const PatternRef& best,
                          std::size_t best_module, Diagnostics& diags) const;

  const Config* config_;
  std::vector<std::string> names_;          // sorted
  std::vector<std::size_t> config_index_;   // ModuleId -> config.modules index
  std::vector<ModuleId> ids_;               // config.modules index -> ModuleId
  std::vector<std::string> library_names_;  // "external:NAME" sorted; other
  std::vector<ModuleId> library_ids_;  // config.externals index -> ModuleId
  mutable std::vector<std::pair<const PatternRef*, const PatternRef*>>
      reported_ambiguities_;
};

/// True for file names that conventionally hold declarations: .h .hh .hpp .hxx
/// .h++ .inc .inl .ipp .tcc, or no extension.
bool looks_like_header(std::string_view path);

}  // namespace seams

// Ownership that cannot surprise: checks the globs of seams.yaml against the
// files on disk under the project root and warns about what never takes
// effect: a glob that matches no file, a module that owns no file, a `paths`
// glob that loses every file it matches to another module's more specific
// glob, a `public` glob that matches none of its module's files.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostics.h"
#include "config/module_map.h"

namespace seams {

/// Collects, file by file, what each glob matched; `report` turns what never
/// mattered into warnings.
///   modules: {db: {paths: ["db/**"]}, tests: {paths: ["**/*_test.cc"]}}
///   files: db/skiplist_test.cc -> "glob '**/*_test.cc' of module 'tests' owns
///   nothing: 'db/**' of module 'db' is more specific for db/skiplist_test.cc"
class OwnershipCheck {
 public:
  explicit OwnershipCheck(const ModuleMap& map);

  /// Whether a file below `rel_dir` ("" = the root) could still change a
  /// warning: a glob that has not yet done its job may match there. Hidden
  /// directories (".git") are wanted only when a glob names them.
  bool wants_below(std::string_view rel_dir) const;
  /// Records a file (relative to the root, '/'-separated).
  void add_file(std::string_view rel_path);
  /// Adds the warnings, in file order, to `diags`.
  void report(Diagnostics& diags) const;

 private:
  /// What one `paths` glob did.
  struct PathsGlob {
    OwnerGlob glob;
    bool won = false;           // owns at least one file
    bool matched = false;       // matched a file that is not excluded
    std::string lost_file;      // the first file it lost to another module
    OwnerGlob lost_to;          // ... and the glob that won it
    std::string excluded_file;  // the first excluded file it matched
    const PatternRef* excluded_by = nullptr;
  };
  struct PublicGlob {
    ModuleId module{};
    const PatternRef* pattern = nullptr;
    bool matched = false;  // matched a file its module owns
  };

  bool any_wants(std::string_view rel_dir) const;

  const ModuleMap* map_;
  std::vector<const PatternRef*> excludes_;
  std::vector<bool> exclude_used_;
  std::vector<PathsGlob> paths_;
  std::unordered_map<const PatternRef*, std::size_t> paths_index_;
  std::vector<PublicGlob> publics_;
};

/// Runs an OwnershipCheck over the files on disk under the project root, in
/// name order, and adds its warnings to `diags`. Skips hidden directories no
/// glob names, symlinked directories, and subtrees where no glob still lacking
/// a match could match, so a config whose globs all work stops early. Returns
/// the number of files visited.
std::size_t check_ownership(const ModuleMap& map, Diagnostics& diags);

}  // namespace seams

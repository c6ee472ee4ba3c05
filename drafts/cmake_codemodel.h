// The targets of a CMake build directory, from CMake's File API (codemodel
// v2): what the build itself declares about the code, for `seams init --from
// cmake`.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace seams {

struct CMakeTarget {
  std::string name;
  /// STATIC_LIBRARY, SHARED_LIBRARY, MODULE_LIBRARY, OBJECT_LIBRARY,
  /// INTERFACE_LIBRARY, EXECUTABLE or UTILITY.
  std::string type;
  std::string id;  // the File API's target id
  /// Its source files that are not generated, absolute, sorted; headers where
  /// the build lists them.
  std::vector<std::string> sources;
  /// The include directories its compile groups use, absolute, sorted: its
  /// own and those it inherits from what it links.
  std::vector<std::string> include_dirs;
  /// The targets it depends on (names, sorted). CMake's codemodel lists them
  /// transitively: a target linking `b`, which links `c` publicly or
  /// statically, depends on `c` too.
  std::vector<std::string> dependencies;
};

struct CMakeCodemodel {
  std::string source_dir;            // absolute
  std::string build_dir;             // absolute
  std::string configuration;         // the one read (the first the build has)
  std::vector<CMakeTarget> targets;  // sorted by name
};

/// Asks CMake for the codemodel of `build_dir` (a configured CMake build
/// directory): writes the stateless query file
/// `.cmake/api/v1/query/client-seams/codemodel-v2` there, re-runs `cmake` on
/// the directory so it answers, and reads the reply. Errors name the file
/// and, in JSON, the line and column.
std::optional<CMakeCodemodel> query_cmake_codemodel(
    const std::filesystem::path& build_dir, Diagnostics& diags);

/// Reads the newest File API reply of `build_dir` (its `reply/index-*.json`
/// and the codemodel and target files it names).
std::optional<CMakeCodemodel> read_cmake_codemodel(
    const std::filesystem::path& build_dir, Diagnostics& diags);

}  // namespace seams

// The global link step: resolves every raw use to the *home file* of what it
// references, the same no matter which TU saw the use first (research §5.2).
// Types live where they are defined; functions and variables in the header that
// declares them (their definition file only when no header does); macros where
// they are #defined; includes in the included file.
#pragma once

#include <string>
#include <vector>

#include "analyzer/facts.h"

namespace seams {

/// A dependency between two different project files, paths relative to the
/// project root.
struct FileUse {
  std::string from;  // where the use is written
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  UseKind kind = UseKind::symbol;
  std::string symbol;
  std::string to;  // home file of the referenced declaration
  std::string context;
  auto operator<=>(const FileUse&) const = default;
};

/// Resolves and relativizes `facts.uses` against `root` (absolute, no trailing
/// '/'). Uses whose home is the file they are written in are dropped. Sorted,
/// unique.
std::vector<FileUse> link_uses(const ProjectFacts& facts,
                               const std::string& root);

/// `abs` relative to `root` ("src/a.h"), or `abs` itself when it is outside.
std::string relative_to_root(const std::string& abs, const std::string& root);

}  // namespace seams

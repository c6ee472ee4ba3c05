// Changed-files mode: which files a change touched, from git
// (`--changed-since REF`) or from a list (`--changed-files FILE`). The graph is
// always built whole; this only narrows what `seams check` reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"

namespace seams {

struct ChangedFiles {
  std::vector<std::string> files;  // relative to the project root; sorted
  std::string origin;  // for --verbose: "git diff 1a2b3c4 (merge base of main)"

  bool contains(std::string_view rel_path) const;
};

/// Files changed between the merge base of `ref` and HEAD and the working tree
/// (committed, staged or not), plus untracked files, under `root` (absolute).
/// A bad ref, no git, or a shallow clone without the merge base is an error.
std::optional<ChangedFiles> changed_since(const std::string& root,
                                          const std::string& ref,
                                          Diagnostics& diags,
                                          const std::string& git = "git");

/// Reads one path a line from `list` ("-" = stdin). Relative paths are taken
/// from the current directory, as `git diff --name-only` prints them when run
/// at the top of the repository; paths outside `root` are dropped.
std::optional<ChangedFiles> read_changed_files(const std::string& list,
                                               const std::string& root,
                                               Diagnostics& diags);

/// Splits NUL-separated output (`git ... -z`) into paths.
std::vector<std::string> split_nul(std::string_view text);

}  // namespace seams

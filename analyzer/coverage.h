// Every owned file analyzed: the C and C++ files each module owns on disk, the
// headers among them that no translation unit includes (parsed on their own,
// as clangd does), and what could still not be analyzed, with the reason. A
// header-only module, or a public header nothing includes yet, must not escape
// every rule.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "analyzer/compile_db.h"
#include "config/module_map.h"

namespace seams {

/// The C and C++ files (sources and headers; not `.inc` fragments) on disk
/// under the project root that a module owns, relative to the root, sorted.
/// Skips hidden directories, build trees (a directory holding CMakeCache.txt),
/// symlinked directories, and subtrees no module glob can match.
std::vector<std::string> owned_files_on_disk(const ModuleMap& map);

/// Every C and C++ file on disk under `root`, relative to it, sorted, with the
/// same skips as owned_files_on_disk: what `seams init` drafts modules from.
std::vector<std::string> source_files_on_disk(const std::string& root);

/// Commands that parse each of `headers` (relative to `root`) on its own with
/// the flags of the nearest translation unit of `tus`: one in the same
/// directory, else one of the same module, else one whose include path holds
/// the header's directory (or its nearest ancestor under the root), else the
/// most common flags (first by path on a tie); at each step a C++ TU where
/// there is one, so a header is parsed as C only where only C sources are.
/// Empty when there is no TU.
std::vector<CompileCommand> header_commands(
    const std::vector<std::string>& headers,
    const std::vector<CompileCommand>& tus, const ModuleMap& map,
    const std::string& root);

/// For each of `headers`, the index in `tus` of the TU header_commands takes
/// its flags from. Empty when there is no TU.
std::vector<std::size_t> header_flag_sources(
    const std::vector<std::string>& headers,
    const std::vector<CompileCommand>& tus, const ModuleMap& map,
    const std::string& root);

/// Of `headers` (relative to `root`), those no other of them includes, by a
/// textual scan of their `#include` lines matched on the path's tail: parsing
/// these on their own reads the others (a header-only library's public
/// headers read its internal ones), so each is parsed once, not once per
/// includer. Sorted; empty when every header is included by another (a cycle).
std::vector<std::string> include_roots(const std::vector<std::string>& headers,
                                       const std::string& root);

/// For each of `headers` (relative to `root`), its component in the graph of
/// their textual `#include`s (matched as include_roots does), undirected: the
/// smallest index of a header in it. Headers that include one another, however
/// indirectly, share one.
std::vector<std::size_t> include_components(
    const std::vector<std::string>& headers, const std::string& root);

/// A file a module owns that was not analyzed, and why.
struct NotAnalyzed {
  std::string file;  // relative to the root
  std::string reason;
  auto operator<=>(const NotAnalyzed&) const = default;
};

/// Owned files on disk against those analyzed, in all and per module.
struct Coverage {
  int owned = 0;     // owned C/C++ files on disk
  int analyzed = 0;  // of them, read by a translation unit or parsed alone
  std::map<std::string, std::pair<int, int>> per_module;  // analyzed, owned
  std::vector<NotAnalyzed> not_analyzed;                  // sorted by file
};

}  // namespace seams

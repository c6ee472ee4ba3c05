// Uses of code outside the project root — system and third-party headers,
// their symbols and macros — as library edges of the module graph: to the
// library of `externals:` that claims the target (by path, include name or
// namespace), else to `external:other`. Attributed, like every use, to the
// module of the file it is written in.
#pragma once

#include <string>
#include <vector>

#include "analyzer/link.h"
#include "config/module_map.h"
#include "graph/graph.h"

namespace seams {

/// The names `path` (absolute) can be included by: its path below each of
/// `include_dirs` (absolute, sorted) that holds it; shortest first.
std::vector<std::string> include_names(
    const std::string& path, const std::vector<std::string>& include_dirs);

/// Adds a library edge for each use of `external_uses` (link_external_uses)
/// written in a file a module owns.
void add_library_edges(ModuleGraph& graph,
                       const std::vector<FileUse>& external_uses,
                       const std::vector<std::string>& include_dirs,
                       const ModuleMap& map,
                       const std::vector<std::string>& main_files_rel,
                       Diagnostics& diags);

}  // namespace seams

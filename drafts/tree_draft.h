// `seams init` from the tree: one module per top-level source folder.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "drafts/draft_config.h"

namespace seams {

/// A draft from the C and C++ files under the root (relative paths, sorted):
///  - each top-level folder is a module (`net/**`), except
///  - container folders (`src`, `lib`, `source`, `libs`, `modules`,
///    `components`, `packages`, `include`, `inc`), whose subfolders are the
///    modules (`src/net/**`), with their loose files in a module named after
///    the container (`src/*`);
///  - `include/NAME/**` joins the module NAME of another container, as its
///    `public` headers (the classic include/ + src/ pair);
///  - a module folder with an `include/` subfolder makes that its `public`;
///  - vendored code (`third_party`, `3rdparty`, `vendor`, `external`, `extern`,
///    `deps`) goes to `exclude`;
///  - files at the root form a module `root` (`*`).
/// Names that collide (`src/net` and `lib/net`) keep their folder path.
DraftConfig draft_from_tree(const std::vector<std::string>& files);

/// Whether a folder name is one vendored code lives in ("third_party").
bool is_vendor_dir(std::string_view name);

/// `text` as a module name: characters seams.yaml cannot take in a name
/// (anything but letters, digits and `_ . + - /`) become `_`.
std::string module_name_from(const std::string& text);

}  // namespace seams

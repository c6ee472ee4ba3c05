// `seams init --from cmake`: a draft with one module per library target (and
// per executable with folders of its own), from CMake's codemodel.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "drafts/cmake_codemodel.h"
#include "drafts/draft_config.h"

namespace seams {

struct CMakeDraft {
  DraftConfig config;
  /// Per module: the modules it links directly (the transitive reduction of
  /// CMake's dependencies: what target_link_libraries names, as far as the
  /// codemodel tells) — its `depends_on` — and every module it links,
  /// directly or not.
  std::map<std::string, std::vector<std::string>> direct_links;
  std::map<std::string, std::vector<std::string>> all_links;
  /// Per module: the files its targets list (relative to the root). A header
  /// only its folder gives it may belong to a header-only INTERFACE target,
  /// which CMake's codemodel leaves out when it lists no sources.
  std::map<std::string, std::set<std::string>> listed;
  /// Per module: its interface include directories inside its own folders
  /// (src/net/include of src/net): the headers there are its, listed or not.
  std::map<std::string, std::vector<std::string>> public_dirs;
  /// Targets that became no module, and why ("gtest: vendored code under
  /// third_party/").
  std::vector<std::string> skipped;
};

/// The draft for the project at `root` (absolute):
///  - a target's files are its non-generated sources under the root;
///  - each folder belongs to the library with the most files in it (else the
///    executable with the most), as `DIR/**`; a library's files in a folder
///    another owns are listed one by one (a file several libraries list goes
///    to the one with the fewest files); an executable whose files all lie
///    in other targets' folders (a test beside its library) joins them, and
///    its links join theirs;
///  - `public`: the module's folders below its PUBLIC/INTERFACE include
///    directories (the include directories its dependents inherit from it);
///    absent when those directories hold all of its folders;
///  - `depends_on`: the direct links, with `depends_on_mode: transitive`, so
///    what builds today is allowed;
///  - targets whose files are all vendored (third_party/ and the like) or
///    outside the root make no module; vendored folders go to `exclude`.
CMakeDraft draft_from_cmake(const CMakeCodemodel& model,
                            const std::string& root);

}  // namespace seams

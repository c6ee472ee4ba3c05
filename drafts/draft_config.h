// A proposed seams.yaml (`seams init`, `seams suggest`): modules as globs,
// with what they declare, as plain values, and its text. Drafts are written
// for people to read and edit, so the text carries comments that say where
// each part came from.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace seams {

struct DraftModule {
  std::string name;
  std::vector<std::string> paths;  // globs, relative to the root
  /// Empty: no `public` key (the module's headers are public, its sources
  /// are not).
  std::vector<std::string> public_;
  /// Nullopt: no `depends_on` key (unrestricted).
  std::optional<std::vector<std::string>> depends_on;
  std::string layer;               // empty: none
  std::vector<std::string> notes;  // comment lines written above the module
};

struct DraftConfig {
  std::vector<std::string> header;  // comment lines at the top of the file
  std::vector<std::string> layers;  // top first
  std::vector<std::string> exclude;
  std::string depends_on_mode;       // empty: no key (direct)
  std::vector<DraftModule> modules;  // in the order they are written
};

/// The draft as seams.yaml text: every glob double-quoted, module names quoted
/// where YAML needs it, lists in flow style; byte-identical for equal drafts.
///   version: 1
///   modules:
///     net:
///       paths: ["src/net/**"]
std::string draft_yaml(const DraftConfig& draft);

/// `text` as a YAML double-quoted scalar: "src/a \"b\"/**".
std::string yaml_quoted(const std::string& text);

}  // namespace seams

// Path globs of seams.yaml (`paths`, `public`, `exclude`). Paths are
// '/'-separated and relative to the config's directory. `**` crosses
// directories, `*` and `?` stay within one segment, `[abc]`/`[a-z]`/`[!x]`
// match one character of a segment. Specificity decides which module owns a
// file when several globs match it.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seams {

/// How specific a glob is; the greater value wins ownership of a file.
/// Compared by literal segments (no wildcard at all), then literal characters,
/// then the number of segments: "src/core/internal/**" > "src/core/**" >
/// "src/**" > "**". `segments` counts only segments that match exactly one path
/// segment (not `**`), so "src/*" > "src/**" and "src/*/x.h" > "src/**/x.h".
struct GlobSpecificity {
  int literal_segments = 0;
  int literal_chars = 0;
  int segments = 0;
  auto operator<=>(const GlobSpecificity&) const = default;
};

/// A compiled glob. `Glob::compile("src/*/include/**")` matches
/// "src/a/include/x/y.h".
class Glob {
 public:
  /// Compiles `pattern`; on failure returns nullopt and sets `*error` (when not
  /// null) to a short reason ("unterminated '[' at column 5", "'**' must be a
  /// whole path segment", "empty pattern", "absolute paths are not allowed",
  /// "'..' is not allowed", "bad range 'z-a' at column 6", "empty path segment
  /// at column 5", "trailing '/'; ...", "'\\' is not allowed; ..."). "."
  /// segments are dropped: "./src/**" is "src/**".
  static std::optional<Glob> compile(std::string_view pattern,
                                     std::string* error);

  /// True when the whole `path` (relative, '/'-separated, no leading "./")
  /// matches.
  bool matches(std::string_view path) const;

  /// True when some path below the directory `dir` (relative, '/'-separated,
  /// "" = the root) might match, so a walk of the tree may skip the others:
  /// "src/*/include/**" may match below "src" and "src/a", not below "lib".
  bool may_match_below(std::string_view dir) const;

  /// True when one of the glob's segments is exactly `name` with no wildcard:
  /// ".github/**" names ".github"; "**" names nothing.
  bool names_segment(std::string_view name) const;

  GlobSpecificity specificity() const { return specificity_; }
  const std::string& pattern() const { return pattern_; }

 private:
  enum class SegmentKind : unsigned char { literal, wildcard, any_depth };

  void add_segment(std::string_view seg, bool has_wildcard, int literal_chars);
  bool segment_matches(std::size_t index, std::string_view text) const;

  std::string pattern_;
  std::vector<std::string> segments_;
  std::vector<SegmentKind> kinds_;  // parallel to segments_
  GlobSpecificity specificity_;
};

}  // namespace seams

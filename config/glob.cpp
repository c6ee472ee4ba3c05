// Compiles and matches the path globs of seams.yaml. Consumes a pattern string,
// produces a Glob that matches '/'-separated relative paths without allocating,
// plus its specificity, which the module map uses to pick the owner of a file.
#include "config/glob.h"

#include <fmt/format.h>

namespace seams {

namespace {

constexpr std::size_t kNone = std::string_view::npos;

/// Walks the bracket expression that starts at `seg[open] == '['`. Returns the
/// index just past its ']', or kNone when it is unterminated. When asked, sets
/// `*hit` to whether `c` is in the class and `*bad_range` to the index of the
/// first reversed range ("z-a").
std::size_t scan_class(std::string_view seg, std::size_t open, char c,
                       bool* hit, std::size_t* bad_range) {
  std::size_t i = open + 1;
  const bool negate = i < seg.size() && (seg[i] == '!' || seg[i] == '^');
  if (negate) ++i;
  const std::size_t first = i;  // a ']' right after "[" or "[!" is a literal
  bool in = false;
  const auto uc = static_cast<unsigned char>(c);
  while (i < seg.size() && (seg[i] != ']' || i == first)) {
    const auto lo = static_cast<unsigned char>(seg[i]);
    auto hi = lo;
    if (i + 2 < seg.size() && seg[i + 1] == '-' && seg[i + 2] != ']') {
      hi = static_cast<unsigned char>(seg[i + 2]);
      if (hi < lo && bad_range != nullptr && *bad_range == kNone)
        *bad_range = i;
      i += 3;
    } else {
      ++i;
    }
    if (lo <= uc && uc <= hi) in = true;
  }
  if (i >= seg.size()) return kNone;
  if (hit != nullptr) *hit = in != negate;
  return i + 1;
}

/// Matches one pattern segment (`*`, `?`, classes, literals) against one path
/// segment. The classic single-backtrack-point algorithm: on a mismatch, the
/// last `*` eats one more char.
bool match_segment(std::string_view pat, std::string_view text) {
  std::size_t pi = 0;
  std::size_t ti = 0;
  std::size_t star_pi = kNone;
  std::size_t star_ti = 0;
  while (ti < text.size()) {
    if (pi < pat.size()) {
      const char pc = pat[pi];
      if (pc == '*') {
        star_pi = pi++;
        star_ti = ti;
        continue;
      }
      if (pc == '?') {
        ++pi;
        ++ti;
        continue;
      }
      bool hit = false;
      const std::size_t end =
          pc == '[' ? scan_class(pat, pi, text[ti], &hit, nullptr) : kNone;
      if (hit || (pc != '[' && pc == text[ti])) {
        pi = pc == '[' ? end : pi + 1;
        ++ti;
        continue;
      }
    }
    if (star_pi == kNone) return false;
    pi = star_pi + 1;
    ti = ++star_ti;
  }
  while (pi < pat.size() && pat[pi] == '*') ++pi;
  return pi == pat.size();
}

/// The path segment that starts at `pos`; `*next` is where the following one
/// starts, or kNone after the last.
std::string_view segment_at(std::string_view path, std::size_t pos,
                            std::size_t* next) {
  const std::size_t slash = path.find('/', pos);
  *next = slash == kNone ? kNone : slash + 1;
  return path.substr(pos, slash == kNone ? kNone : slash - pos);
}

/// Validates one pattern segment that starts at column `offset` (0-based) of
/// the pattern and counts its literal characters. Returns the reason when the
/// segment is bad.
std::optional<std::string> check_segment(std::string_view seg,
                                         std::size_t offset, bool* has_wildcard,
                                         int* literal_chars) {
  if (seg == "..") return "'..' is not allowed";
  if (seg != "**" && seg.find("**") != kNone)
    return "'**' must be a whole path segment";
  for (std::size_t i = 0; i < seg.size(); ++i) {
    if (seg[i] == '*' || seg[i] == '?') {
      *has_wildcard = true;
    } else if (seg[i] == '[') {
      std::size_t bad_range = kNone;
      const std::size_t end = scan_class(seg, i, '\0', nullptr, &bad_range);
      if (end == kNone)
        return fmt::format("unterminated '[' at column {}", offset + i + 1);
      if (bad_range != kNone) {
        return fmt::format("bad range '{}' at column {}",
                           seg.substr(bad_range, 3), offset + bad_range + 1);
      }
      *has_wildcard = true;
      i = end - 1;
    } else {
      ++*literal_chars;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Glob> Glob::compile(std::string_view pattern,
                                  std::string* error) {
  const auto fail = [error](std::string reason) -> std::optional<Glob> {
    if (error != nullptr) *error = std::move(reason);
    return std::nullopt;
  };
  if (pattern.empty()) return fail("empty pattern");
  if (pattern.front() == '/') return fail("absolute paths are not allowed");
  if (const std::size_t bs = pattern.find('\\'); bs != kNone) {
    return fail(fmt::format(
        "'\\' is not allowed (column {}); separate directories with '/'",
        bs + 1));
  }
  Glob glob;
  glob.pattern_ = std::string(pattern);
  std::size_t start = 0;
  for (;;) {
    const std::size_t slash = pattern.find('/', start);
    const std::string_view seg =
        pattern.substr(start, slash == kNone ? kNone : slash - start);
    if (seg.empty() && slash == kNone) {
      return fail(fmt::format(
          "trailing '/'; write '{}**' to match everything under it", pattern));
    }
    if (seg.empty())
      return fail(fmt::format("empty path segment at column {}", start + 1));
    bool has_wildcard = false;
    int literal_chars = 0;
    if (auto reason =
            check_segment(seg, start, &has_wildcard, &literal_chars)) {
      return fail(std::move(*reason));
    }
    if (seg != ".") glob.add_segment(seg, has_wildcard, literal_chars);
    if (slash == kNone) break;
    start = slash + 1;
  }
  if (glob.segments_.empty()) return fail("empty pattern");
  return glob;
}

void Glob::add_segment(std::string_view seg, bool has_wildcard,
                       int literal_chars) {
  SegmentKind kind = SegmentKind::literal;
  if (seg == "**") {
    kind = SegmentKind::any_depth;
  } else if (has_wildcard) {
    kind = SegmentKind::wildcard;
  }
  segments_.emplace_back(seg);
  kinds_.push_back(kind);
  specificity_.literal_chars += literal_chars;
  if (kind != SegmentKind::any_depth) ++specificity_.segments;
  if (kind == SegmentKind::literal) ++specificity_.literal_segments;
}

bool Glob::segment_matches(std::size_t index, std::string_view text) const {
  switch (kinds_[index]) {
    case SegmentKind::literal:
      return segments_[index] == text;
    case SegmentKind::wildcard:
      return match_segment(segments_[index], text);
    case SegmentKind::any_depth:
      return true;
  }
  return false;
}

// The single-backtrack-point algorithm again, one level up: path segments are
// the characters and `**` is the star. On a mismatch the last `**` swallows one
// more path segment.
bool Glob::matches(std::string_view path) const {
  const std::size_t n = segments_.size();
  std::size_t gi = 0;
  std::size_t pos = path.empty() ? kNone : 0;
  std::size_t star_gi = kNone;
  std::size_t star_pos = kNone;
  while (pos != kNone) {
    if (gi < n && kinds_[gi] == SegmentKind::any_depth) {
      star_gi = gi++;
      star_pos = pos;
      continue;
    }
    std::size_t next = kNone;
    const std::string_view seg = segment_at(path, pos, &next);
    if (gi < n && segment_matches(gi, seg)) {
      ++gi;
      pos = next;
      continue;
    }
    if (star_gi == kNone) return false;
    gi = star_gi + 1;
    segment_at(path, star_pos, &star_pos);
    pos = star_pos;
  }
  while (gi < n && kinds_[gi] == SegmentKind::any_depth) ++gi;
  return gi == n;
}

bool Glob::may_match_below(std::string_view dir) const {
  std::size_t gi = 0;
  std::size_t pos = dir.empty() ? kNone : 0;
  while (pos != kNone) {
    if (gi == segments_.size()) return false;
    // `**` may swallow the rest of `dir`, and any segments after it can still
    // match names further down.
    if (kinds_[gi] == SegmentKind::any_depth) return true;
    std::size_t next = kNone;
    if (!segment_matches(gi, segment_at(dir, pos, &next))) return false;
    ++gi;
    pos = next;
  }
  return gi < segments_.size();
}

bool Glob::names_segment(std::string_view name) const {
  for (std::size_t i = 0; i < segments_.size(); ++i) {
    if (kinds_[i] == SegmentKind::literal && segments_[i] == name) return true;
  }
  return false;
}

}  // namespace seams

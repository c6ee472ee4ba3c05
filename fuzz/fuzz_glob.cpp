// libFuzzer target: the globs of seams.yaml. The input is "PATTERN\nPATH".
// Glob::compile must accept or explain any pattern, and a compiled glob must
// agree on every path with a slow, obviously correct reference matcher (a
// dynamic program over tokens), written here from the rules in glob.h.
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "config/glob.h"
#include "fuzz/fuzz_input.h"

namespace {

// One element of a pattern segment.
struct Token {
  enum Kind { literal, any_char, star, char_class } kind = literal;
  unsigned char ch = 0;
  std::array<bool, 256> set{};  // char_class: the bytes it matches
};

// Tokenizes a segment that Glob::compile accepted, so every '[' is closed.
std::vector<Token> tokenize(std::string_view seg) {
  std::vector<Token> out;
  for (std::size_t i = 0; i < seg.size();) {
    Token t;
    if (seg[i] == '*') {
      t.kind = Token::star;
      ++i;
    } else if (seg[i] == '?') {
      t.kind = Token::any_char;
      ++i;
    } else if (seg[i] == '[') {
      t.kind = Token::char_class;
      ++i;
      const bool negate = i < seg.size() && (seg[i] == '!' || seg[i] == '^');
      if (negate) ++i;
      std::array<bool, 256> in{};
      // A ']' first in the class is a literal; "x-y" is a range unless '-'
      // is followed by the closing ']'.
      for (bool first = true; i < seg.size() && (first || seg[i] != ']');
           first = false) {
        const auto lo = static_cast<unsigned char>(seg[i]);
        auto hi = lo;
        if (i + 2 < seg.size() && seg[i + 1] == '-' && seg[i + 2] != ']') {
          hi = static_cast<unsigned char>(seg[i + 2]);
          i += 3;
        } else {
          ++i;
        }
        for (unsigned c = lo; c <= hi; ++c) in[c] = true;
      }
      if (i >= seg.size()) std::abort();  // compile accepted an open '['
      ++i;                                // the ']'
      for (unsigned c = 0; c < 256; ++c) t.set[c] = in[c] != negate;
    } else {
      t.ch = static_cast<unsigned char>(seg[i]);
      ++i;
    }
    out.push_back(t);
  }
  return out;
}

bool token_matches(const Token& t, unsigned char c) {
  switch (t.kind) {
    case Token::literal:
      return t.ch == c;
    case Token::any_char:
      return true;
    case Token::char_class:
      return t.set[c];
    case Token::star:
      break;
  }
  return false;
}

// match[i][j]: tokens i.. match text j..
bool segment_matches(const std::vector<Token>& tokens, std::string_view text) {
  const std::size_t n = tokens.size();
  const std::size_t m = text.size();
  std::vector<std::vector<char>> match(n + 1, std::vector<char>(m + 1, 0));
  match[n][m] = 1;
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m + 1; j-- > 0;) {
      const Token& t = tokens[i];
      if (t.kind == Token::star) {
        match[i][j] = match[i + 1][j] || (j < m && match[i][j + 1]);
      } else {
        match[i][j] = j < m &&
                      token_matches(t, static_cast<unsigned char>(text[j])) &&
                      match[i + 1][j + 1];
      }
    }
  }
  return match[0][0] != 0;
}

std::vector<std::string_view> split(std::string_view s) {
  std::vector<std::string_view> out;
  if (s.empty()) return out;  // the empty path has no segment
  for (;;) {
    const std::size_t slash = s.find('/');
    out.push_back(s.substr(0, slash));
    if (slash == std::string_view::npos) return out;
    s.remove_prefix(slash + 1);
  }
}

bool reference_matches(std::string_view pattern, std::string_view path) {
  std::vector<std::string_view> globs;
  for (std::string_view seg : split(pattern)) {
    if (seg != ".") globs.push_back(seg);  // "./src/**" is "src/**"
  }
  const std::vector<std::string_view> segs = split(path);
  const std::size_t n = globs.size();
  const std::size_t m = segs.size();
  std::vector<std::vector<char>> match(n + 1, std::vector<char>(m + 1, 0));
  match[n][m] = 1;
  for (std::size_t i = n; i-- > 0;) {
    const bool any_depth = globs[i] == "**";
    const std::vector<Token> tokens =
        any_depth ? std::vector<Token>() : tokenize(globs[i]);
    for (std::size_t j = m + 1; j-- > 0;) {
      if (any_depth) {
        match[i][j] = match[i + 1][j] || (j < m && match[i][j + 1]);
      } else {
        match[i][j] =
            j < m && segment_matches(tokens, segs[j]) && match[i + 1][j + 1];
      }
    }
  }
  return match[0][0] != 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const auto [pattern, path] = seams::fuzz::split_at_newline(
      std::string_view(reinterpret_cast<const char*>(data), size));
  std::string error;
  const auto glob = seams::Glob::compile(pattern, &error);
  if (!glob) {
    if (error.empty()) std::abort();
    return 0;
  }
  const seams::GlobSpecificity s = glob->specificity();
  if (s.literal_segments > s.segments || s.literal_chars < 0) std::abort();
  if (glob->matches(path) != reference_matches(pattern, path)) std::abort();
  return 0;
}

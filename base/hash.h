// Stable, platform-independent hashing (FNV-1a, 64 bits): for fingerprints and
// cache keys that must not change between runs, machines or library versions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace seams {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;

/// FNV-1a of `text`, continuing from `h` (pass a previous result to hash
/// several pieces).
constexpr std::uint64_t fnv1a64(std::string_view text,
                                std::uint64_t h = kFnvOffset) {
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

/// 16 lowercase hex digits.
inline std::string hex64(std::uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[i] = kDigits[v & 0xf];
  return out;
}

}  // namespace seams

#pragma once
namespace fmtlite {
inline int width(int n) { return n < 10 ? 1 : 1 + width(n / 10); }
}  // namespace fmtlite

#pragma once
namespace util {
inline int twice(int n) { return 2 * n; }
}  // namespace util

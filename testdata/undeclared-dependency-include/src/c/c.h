#pragma once
namespace c {
inline int one() { return 1; }
}  // namespace c

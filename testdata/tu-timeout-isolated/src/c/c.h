#pragma once
namespace c {
inline int value() { return 9; }
}  // namespace c

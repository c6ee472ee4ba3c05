#pragma once
namespace b {
inline int value() { return 1; }
}  // namespace b

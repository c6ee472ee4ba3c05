#pragma once
namespace b {
inline int v() { return 1; }
}  // namespace b

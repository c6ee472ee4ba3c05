#pragma once
namespace b {
inline int three() { return 3; }
}  // namespace b

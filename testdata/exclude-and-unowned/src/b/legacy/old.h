#pragma once
namespace b {
inline int old_value() { return 0; }
}  // namespace b

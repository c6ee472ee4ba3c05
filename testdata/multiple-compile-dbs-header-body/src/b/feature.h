#pragma once
namespace b {
inline int feature_level() { return 2; }
}  // namespace b

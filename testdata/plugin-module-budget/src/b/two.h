#pragma once

namespace b {
inline int two() { return 2; }
}  // namespace b

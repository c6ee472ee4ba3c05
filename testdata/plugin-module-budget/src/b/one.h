#pragma once

namespace b {
inline int one() { return 1; }
}  // namespace b

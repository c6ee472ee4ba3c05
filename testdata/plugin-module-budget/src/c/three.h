#pragma once

namespace c {
inline int three() { return 3; }
}  // namespace c

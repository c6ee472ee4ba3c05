#pragma once
// Header-only module: no translation unit includes it yet.
#include "b/b.h"

namespace util {
inline int twice() { return 2 * b::thing(); }
}  // namespace util

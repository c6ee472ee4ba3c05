#pragma once

namespace search {
inline int hits(const char*) { return 1; }
}  // namespace search

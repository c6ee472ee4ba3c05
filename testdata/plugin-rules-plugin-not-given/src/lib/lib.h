#pragma once

namespace lib {
inline int answer() { return 0; }
}  // namespace lib

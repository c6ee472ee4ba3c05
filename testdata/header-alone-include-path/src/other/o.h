#pragma once
namespace other {
inline int g() { return 1; }
}  // namespace other

#pragma once
namespace billing {
inline int rounding() { return 2; }
}  // namespace billing

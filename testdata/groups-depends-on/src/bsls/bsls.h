#pragma once
namespace bsls {
inline int one() { return 1; }
}  // namespace bsls

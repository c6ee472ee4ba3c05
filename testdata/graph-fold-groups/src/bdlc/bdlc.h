#pragma once
namespace bdlc {
inline int three() { return 3; }
}  // namespace bdlc

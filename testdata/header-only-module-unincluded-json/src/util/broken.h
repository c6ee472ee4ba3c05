#pragma once
// Not self-contained: relies on its includer for util::Missing.
namespace util {
inline int size(const Missing& m) { return m.n; }
}  // namespace util

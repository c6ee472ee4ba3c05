#pragma once
// Vendored into the project, claimed by `externals: minizip: paths:`.
namespace minizip {
inline int compressed_size(int n) { return n / 2; }
}  // namespace minizip

#pragma once
namespace b {
inline int secret() { return 42; }
inline int other() { return 7; }
}  // namespace b

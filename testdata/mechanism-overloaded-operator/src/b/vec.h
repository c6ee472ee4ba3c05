#pragma once
namespace b {
struct Vec {
  int x;
};
inline Vec operator+(Vec l, Vec r) { return Vec{l.x + r.x}; }
inline Vec unit() { return Vec{1}; }
}  // namespace b

#pragma once
namespace b {
struct Meters {
  double value;
  operator double() const { return value; }  // converts implicitly
};
inline Meters length() { return Meters{2.5}; }
}  // namespace b

#pragma once
namespace b {
struct Point {
  int x, y;
};
}  // namespace b

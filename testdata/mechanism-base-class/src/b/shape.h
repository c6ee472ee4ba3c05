#pragma once
namespace b {
struct Shape {
  virtual ~Shape() = default;
};
}  // namespace b

#pragma once
namespace b {
struct Widget {
  int size() const;
};
Widget make();
}  // namespace b

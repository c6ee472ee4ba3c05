#pragma once
namespace b {
struct Impl {
  int n;
};
}  // namespace b

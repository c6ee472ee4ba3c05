#pragma once
namespace b {
int compute(int x);
struct Counter {
  int next();
  int value;
};
}  // namespace b

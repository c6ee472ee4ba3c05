#pragma once
namespace b {
int compute(int x);
}  // namespace b

#pragma once
namespace b {
int twice(int x);
}  // namespace b

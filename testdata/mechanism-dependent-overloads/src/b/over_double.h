#pragma once
namespace b {
int over(double);
}  // namespace b

#pragma once
namespace b {
int over(int);
void shared(int);
}  // namespace b

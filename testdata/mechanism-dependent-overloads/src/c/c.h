#pragma once
namespace b {
void shared(double);  // c adds an overload to b's set
}  // namespace b

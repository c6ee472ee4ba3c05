#pragma once
namespace base {
int size(int);
int size(double);
}  // namespace base

#pragma once
namespace keep {
void record(int amount);
int balance();
}  // namespace keep

#pragma once
namespace store {
int load(int key);
}  // namespace store

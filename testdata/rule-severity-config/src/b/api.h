#pragma once
namespace b {
int open();
}  // namespace b

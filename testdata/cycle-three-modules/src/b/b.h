#pragma once
namespace b {
int two();
}  // namespace b

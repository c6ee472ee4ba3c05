#pragma once
namespace b {
int value();
}  // namespace b

#pragma once
namespace b {
int thing();
}  // namespace b

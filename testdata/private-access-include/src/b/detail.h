#pragma once
namespace b {
int hidden();
}  // namespace b

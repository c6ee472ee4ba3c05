#pragma once
namespace b {
enum class Level { low, high };
}  // namespace b

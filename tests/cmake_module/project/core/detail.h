#pragma once
namespace core {
inline long epoch() { return 42; }
}  // namespace core

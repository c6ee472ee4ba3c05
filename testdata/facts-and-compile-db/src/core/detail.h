#pragma once
namespace core {
inline int detail_answer() { return 42; }
}  // namespace core

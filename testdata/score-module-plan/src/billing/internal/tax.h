#pragma once
namespace billing::internal {
inline long tax(long cents) { return cents / 5; }
}  // namespace billing::internal

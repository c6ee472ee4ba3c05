#pragma once
namespace first {
inline int price(int sku) { return sku * 3; }
}  // namespace first

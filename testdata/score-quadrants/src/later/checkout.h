#pragma once
namespace later {
int total(int sku, int qty);
}  // namespace later

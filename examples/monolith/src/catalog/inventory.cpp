#include "catalog/inventory.h"

#include <algorithm>

namespace catalog {

void Inventory::receive(const Sku& sku, int units) {
    if (units > 0) {
        levels_[sku].on_hand += units;
    }
}

int Inventory::on_hand(const Sku& sku) const {
    const auto it = levels_.find(sku);
    return it == levels_.end() ? 0 : it->second.on_hand;
}

int Inventory::available(const Sku& sku) const {
    const auto it = levels_.find(sku);
    return it == levels_.end() ? 0 : it->second.on_hand - it->second.reserved;
}

bool Inventory::reserve(const Sku& sku, int units) {
    if (units <= 0 || available(sku) < units) {
        return false;
    }
    levels_[sku].reserved += units;
    return true;
}

void Inventory::release(const Sku& sku, int units) {
    const auto it = levels_.find(sku);
    if (it != levels_.end()) {
        it->second.reserved = std::max(0, it->second.reserved - units);
    }
}

std::vector<Sku> Inventory::low_stock(int threshold) const {
    std::vector<Sku> result;
    for (const auto& [sku, level] : levels_) {
        if (level.on_hand - level.reserved <= threshold) {
            result.push_back(sku);
        }
    }
    return result;
}

}  // namespace catalog

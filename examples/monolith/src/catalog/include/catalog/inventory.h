#pragma once

#include <map>
#include <vector>

#include "catalog/product.h"

namespace catalog {

// Units on hand and units promised to placed-but-unshipped orders.
class Inventory {
public:
    void receive(const Sku& sku, int units);
    int on_hand(const Sku& sku) const;
    int available(const Sku& sku) const;

    // All-or-nothing: reserves every unit or none.
    bool reserve(const Sku& sku, int units);
    void release(const Sku& sku, int units);

    std::vector<Sku> low_stock(int threshold) const;

private:
    struct Level {
        int on_hand = 0;
        int reserved = 0;
    };
    std::map<Sku, Level> levels_;
};

}  // namespace catalog

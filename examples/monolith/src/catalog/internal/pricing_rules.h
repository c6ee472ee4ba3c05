#pragma once

#include <array>

// Private to catalog: the volume-discount table. The public way to get a
// discounted price is catalog::Catalog::quote().
namespace catalog::detail {

struct BulkRule {
    int min_quantity;
    int discount_basis_points;  // 1% == 100
};

inline constexpr std::array<BulkRule, 3> kBulkRules{{
    {50, 1000},
    {10, 500},
    {5, 200},
}};

// Rules are sorted by descending threshold; the first match wins.
inline int bulk_discount_bp(int quantity) {
    for (const BulkRule& rule : kBulkRules) {
        if (quantity >= rule.min_quantity) {
            return rule.discount_basis_points;
        }
    }
    return 0;
}

}  // namespace catalog::detail

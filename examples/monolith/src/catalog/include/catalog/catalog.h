#pragma once

#include <map>
#include <string_view>
#include <vector>

#include "catalog/product.h"
#include "core/id.h"
#include "core/result.h"

namespace catalog {

// The product master: what we sell and at which list price.
class Catalog {
public:
    ProductId add(Product product);
    const Product* find(const Sku& sku) const;
    std::vector<const Product*> search(std::string_view text) const;

    // List price times quantity, minus the volume discount for that quantity.
    core::Result<core::Money> quote(const Sku& sku, int quantity) const;
    bool reprice(const Sku& sku, core::Money new_price);
    bool deactivate(const Sku& sku);

    std::size_t size() const { return products_.size(); }

private:
    core::IdSequence ids_;
    std::map<Sku, Product> products_;
};

}  // namespace catalog

#include "catalog/catalog.h"

#include <utility>

#include "internal/pricing_rules.h"

namespace catalog {

ProductId Catalog::add(Product product) {
    product.id = ProductId(ids_.next());
    const ProductId id = product.id;
    products_.insert_or_assign(product.sku, std::move(product));
    return id;
}

const Product* Catalog::find(const Sku& sku) const {
    const auto it = products_.find(sku);
    return it == products_.end() ? nullptr : &it->second;
}

std::vector<const Product*> Catalog::search(std::string_view text) const {
    std::vector<const Product*> hits;
    for (const auto& [sku, product] : products_) {
        if (product.active && product.title.find(text) != std::string::npos) {
            hits.push_back(&product);
        }
    }
    return hits;
}

core::Result<core::Money> Catalog::quote(const Sku& sku, int quantity) const {
    const Product* product = find(sku);
    if (product == nullptr || !product->active) {
        return core::Result<core::Money>::failure(core::ErrorCode::NotFound, "no such product: " + sku.code);
    }
    if (quantity <= 0) {
        return core::Result<core::Money>::failure(core::ErrorCode::InvalidArgument, "quantity must be positive");
    }
    const core::Money gross = product->price * quantity;
    return gross - core::percent_of(gross, detail::bulk_discount_bp(quantity));
}

bool Catalog::reprice(const Sku& sku, core::Money new_price) {
    const auto it = products_.find(sku);
    if (it == products_.end() || new_price.minor_units() <= 0) {
        return false;
    }
    it->second.price = new_price;
    return true;
}

bool Catalog::deactivate(const Sku& sku) {
    const auto it = products_.find(sku);
    if (it == products_.end()) {
        return false;
    }
    it->second.active = false;
    return true;
}

}  // namespace catalog

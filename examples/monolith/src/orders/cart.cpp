#include "orders/cart.h"

#include <algorithm>

// The cart wanted to show volume discounts without a round trip through
// catalog::Catalog::quote(), so it reached into catalog's private table.
#include "../catalog/internal/pricing_rules.h"  // seams-demo: private-access (relative #include of another module's internal header)

namespace orders {

bool Cart::add(const catalog::Product& product, int quantity) {
    if (!product.active || quantity <= 0) {
        return false;
    }
    if (!lines_.empty() && lines_.front().unit_price.currency() != product.price.currency()) {
        return false;
    }
    auto it = std::find_if(lines_.begin(), lines_.end(),
                           [&](const OrderLine& line) { return line.sku == product.sku; });
    if (it == lines_.end()) {
        lines_.push_back(OrderLine{product.sku, product.title, 0, product.price, core::Money::zero(product.price.currency())});
        it = std::prev(lines_.end());
    }
    it->quantity += quantity;
    refresh_discount(*it);
    return true;
}

bool Cart::remove(const catalog::Sku& sku) {
    const auto before = lines_.size();
    std::erase_if(lines_, [&](const OrderLine& line) { return line.sku == sku; });
    return lines_.size() != before;
}

core::Money Cart::subtotal() const {
    core::Money sum = lines_.empty() ? core::Money::zero() : core::Money::zero(lines_.front().unit_price.currency());
    for (const OrderLine& line : lines_) {
        sum += line.total();
    }
    return sum;
}

core::Money Cart::savings() const {
    core::Money sum = lines_.empty() ? core::Money::zero() : core::Money::zero(lines_.front().unit_price.currency());
    for (const OrderLine& line : lines_) {
        sum += line.discount;
    }
    return sum;
}

void Cart::refresh_discount(OrderLine& line) const {
    const int basis_points = catalog::detail::bulk_discount_bp(line.quantity);  // seams-demo: private-access (call to a function declared in a private header)
    line.discount = core::percent_of(line.unit_price * line.quantity, basis_points);
}

}  // namespace orders

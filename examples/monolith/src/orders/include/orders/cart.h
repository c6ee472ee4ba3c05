#pragma once

#include <vector>

#include "catalog/product.h"
#include "core/money.h"
#include "orders/order.h"
#include "users/user.h"

namespace orders {

// A customer's basket before checkout. Prices are captured when an item is
// added; volume discounts are shown live.
class Cart {
public:
    explicit Cart(users::UserId customer) : customer_(customer) {}

    bool add(const catalog::Product& product, int quantity);
    bool remove(const catalog::Sku& sku);
    void clear() { lines_.clear(); }

    users::UserId customer() const { return customer_; }
    const std::vector<OrderLine>& lines() const { return lines_; }
    bool empty() const { return lines_.empty(); }
    core::Money subtotal() const;
    core::Money savings() const;

private:
    void refresh_discount(OrderLine& line) const;

    users::UserId customer_;
    std::vector<OrderLine> lines_;
};

}  // namespace orders

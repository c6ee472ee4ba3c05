#pragma once

#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

#include "catalog/inventory.h"
#include "core/clock.h"
#include "core/result.h"
#include "orders/cart.h"
#include "orders/order.h"
#include "orders/order_listener.h"

namespace orders {

// Turns carts into orders: reserves stock, prices tax, notifies listeners.
class OrderService {
public:
    OrderService(catalog::Inventory& inventory, const core::Clock& clock)
        : inventory_(inventory), clock_(clock) {}

    void subscribe(OrderListener& listener) { listeners_.push_back(&listener); }

    core::Result<OrderId> place(const Cart& cart, std::string_view region);
    bool mark_paid(OrderId id);
    bool cancel(OrderId id);

    const Order* find(OrderId id) const;
    std::vector<const Order*> for_customer(users::UserId customer) const;

private:
    catalog::Inventory& inventory_;
    const core::Clock& clock_;
    std::uint32_t sequence_ = 0;
    std::map<OrderId, Order> orders_;
    std::vector<OrderListener*> listeners_;
};

}  // namespace orders

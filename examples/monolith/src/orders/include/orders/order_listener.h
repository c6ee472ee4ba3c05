#pragma once

#include "orders/order.h"

namespace orders {

// Other parts of the shop react to order life-cycle events through this
// interface instead of orders calling them directly.
class OrderListener {
public:
    virtual ~OrderListener();

    // Called once, after the order is placed and its stock is reserved.
    virtual void on_order_placed(const Order& order) = 0;

    // Called when a placed order is cancelled; default: ignore.
    virtual void on_order_cancelled(const Order& order) { (void)order; }

protected:
    OrderListener() = default;
    OrderListener(const OrderListener&) = default;
    OrderListener& operator=(const OrderListener&) = default;
};

}  // namespace orders

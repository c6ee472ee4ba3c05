#include "orders/order_service.h"

#include <utility>

#include "billing/tax.h"
#include "core/logging.h"
#include "internal/order_number.h"

namespace orders {

core::Result<OrderId> OrderService::place(const Cart& cart, std::string_view region) {
    if (cart.empty()) {
        return core::Result<OrderId>::failure(core::ErrorCode::InvalidArgument, "cart is empty");
    }
    std::vector<const OrderLine*> reserved;
    for (const OrderLine& line : cart.lines()) {
        if (!inventory_.reserve(line.sku, line.quantity)) {
            for (const OrderLine* done : reserved) {
                inventory_.release(done->sku, done->quantity);
            }
            return core::Result<OrderId>::failure(core::ErrorCode::OutOfStock, "out of stock: " + line.sku.code);
        }
        reserved.push_back(&line);
    }

    Order order(detail::make_order_id(++sequence_, clock_.now()), cart.customer(), cart.subtotal().currency());
    for (const OrderLine& line : cart.lines()) {
        order.add_line(line);
    }
    const auto rate = billing::rate_for(region);
    order.set_tax(order.subtotal() * rate);  // seams-demo: cycle (overloaded operator: billing::operator*(Money, TaxRate))
    order.place();

    const OrderId id = order.id();
    const Order& stored = orders_.insert_or_assign(id, std::move(order)).first->second;
    CORE_LOG_INFO("orders", "placed " + to_display(id) + " total " + stored.total().to_string());
    for (OrderListener* listener : listeners_) {
        listener->on_order_placed(stored);
    }
    return id;
}

bool OrderService::mark_paid(OrderId id) {
    const auto it = orders_.find(id);
    return it != orders_.end() && it->second.mark_paid();
}

bool OrderService::cancel(OrderId id) {
    const auto it = orders_.find(id);
    if (it == orders_.end() || !it->second.cancel()) {
        return false;
    }
    for (const OrderLine& line : it->second.lines()) {
        inventory_.release(line.sku, line.quantity);
    }
    for (OrderListener* listener : listeners_) {
        listener->on_order_cancelled(it->second);
    }
    return true;
}

const Order* OrderService::find(OrderId id) const {
    const auto it = orders_.find(id);
    return it == orders_.end() ? nullptr : &it->second;
}

std::vector<const Order*> OrderService::for_customer(users::UserId customer) const {
    std::vector<const Order*> result;
    for (const auto& [id, order] : orders_) {
        if (order.customer() == customer) {
            result.push_back(&order);
        }
    }
    return result;
}

}  // namespace orders

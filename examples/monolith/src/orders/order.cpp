#include "orders/order.h"

#include <numeric>
#include <utility>

#include "orders/order_listener.h"

namespace orders {

OrderListener::~OrderListener() = default;

std::string to_display(OrderId id) {
    std::string digits = std::to_string(id.value);
    if (digits.size() < 7) {
        digits.insert(0, 7 - digits.size(), '0');
    }
    return "ORD-" + digits;
}

std::string_view status_name(OrderStatus status) {
    switch (status) {
        case OrderStatus::Draft: return "draft";
        case OrderStatus::Placed: return "placed";
        case OrderStatus::Paid: return "paid";
        case OrderStatus::Cancelled: return "cancelled";
    }
    return "unknown";
}

Order::Order(OrderId id, users::UserId customer, core::Currency currency)
    : id_(id), customer_(customer), currency_(currency), tax_(core::Money::zero(currency)) {}

void Order::add_line(OrderLine line) {
    if (status_ == OrderStatus::Draft && line.quantity > 0) {
        lines_.push_back(std::move(line));
    }
}

int Order::item_count() const {
    return std::accumulate(lines_.begin(), lines_.end(), 0,
                           [](int sum, const OrderLine& line) { return sum + line.quantity; });
}

core::Money Order::subtotal() const {
    core::Money sum = core::Money::zero(currency_);
    for (const OrderLine& line : lines_) {
        sum += line.total();
    }
    return sum;
}

bool Order::place() {
    if (status_ != OrderStatus::Draft || lines_.empty()) {
        return false;
    }
    status_ = OrderStatus::Placed;
    return true;
}

bool Order::mark_paid() {
    if (status_ != OrderStatus::Placed) {
        return false;
    }
    status_ = OrderStatus::Paid;
    return true;
}

bool Order::cancel() {
    if (status_ == OrderStatus::Paid || status_ == OrderStatus::Cancelled) {
        return false;
    }
    status_ = OrderStatus::Cancelled;
    return true;
}

}  // namespace orders

#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/product.h"
#include "core/money.h"
#include "users/user.h"

namespace orders {

struct OrderId {
    std::uint64_t value = 0;
    auto operator<=>(const OrderId&) const = default;
};

// "ORD-0000042": the reference customers see on receipts and in e-mails.
std::string to_display(OrderId id);

enum class OrderStatus { Draft, Placed, Paid, Cancelled };

std::string_view status_name(OrderStatus status);

struct OrderLine {
    catalog::Sku sku;
    std::string title;
    int quantity = 0;
    core::Money unit_price;
    core::Money discount;

    core::Money total() const { return unit_price * quantity - discount; }
};

class Order {
public:
    Order(OrderId id, users::UserId customer, core::Currency currency);

    OrderId id() const { return id_; }
    users::UserId customer() const { return customer_; }
    OrderStatus status() const { return status_; }
    const std::vector<OrderLine>& lines() const { return lines_; }

    void add_line(OrderLine line);
    int item_count() const;
    core::Money subtotal() const;
    core::Money tax() const { return tax_; }
    void set_tax(core::Money tax) { tax_ = tax; }
    core::Money total() const { return subtotal() + tax_; }

    // State transitions; each returns false when not allowed from the current state.
    bool place();
    bool mark_paid();
    bool cancel();

private:
    OrderId id_;
    users::UserId customer_;
    core::Currency currency_;
    OrderStatus status_ = OrderStatus::Draft;
    std::vector<OrderLine> lines_;
    core::Money tax_;
};

}  // namespace orders

#pragma once

#include <cstdint>
#include <string>

#include "core/money.h"
#include "orders/order.h"
#include "users/user.h"

namespace billing {

// One invoice per placed order. Immutable except for settlement.
class Invoice {
public:
    Invoice(std::uint64_t number, orders::OrderId order, users::UserId customer,
            std::string billing_email, core::Money net, core::Money tax);

    std::uint64_t number() const { return number_; }
    orders::OrderId order_id() const { return order_; }
    users::UserId customer() const { return customer_; }
    const std::string& billing_email() const { return billing_email_; }

    core::Money net() const { return net_; }
    core::Money tax() const { return tax_; }
    core::Money gross() const { return net_ + tax_; }

    bool is_paid() const { return !payment_reference_.empty(); }
    const std::string& payment_reference() const { return payment_reference_; }
    void mark_paid(std::string payment_reference);

private:
    std::uint64_t number_;
    orders::OrderId order_;
    users::UserId customer_;
    std::string billing_email_;
    core::Money net_;
    core::Money tax_;
    std::string payment_reference_;
};

// "INV-00017"
std::string format_invoice_number(std::uint64_t number);

}  // namespace billing

#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <ostream>
#include <string>

#include "core/money.h"
#include "orders/order.h"
#include "payments/payment.h"

namespace analytics {

// Daily sales figures for the merchant dashboard.
class SalesReport {
public:
    void add_order(const orders::Order& order);
    void add_payment(const payments::PaymentRecord& payment);
    void add_visit(std::uint64_t visitor_id);

    core::Money revenue() const { return revenue_; }
    std::string best_seller() const;
    double conversion_rate() const;
    void render(std::ostream& out) const;

private:
    core::Money revenue_;
    std::size_t orders_ = 0;
    std::size_t failed_payments_ = 0;
    std::size_t known_visits_ = 0;
    std::size_t anonymous_visits_ = 0;
    // catalog::Sku is visible only because orders/order.h includes catalog/product.h.
    std::map<catalog::Sku, core::Money> revenue_by_sku_;  // seams-demo: undeclared-dependency (type use only, in a template argument; header arrives via orders)
};

}  // namespace analytics

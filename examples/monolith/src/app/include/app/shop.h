#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analytics/sales_report.h"
#include "analytics/tracker.h"
#include "billing/invoicing_listener.h"
#include "billing/ledger.h"
#include "catalog/catalog.h"
#include "catalog/inventory.h"
#include "core/audit.h"
#include "core/clock.h"
#include "notifications/notifier.h"
#include "orders/order_service.h"
#include "payments/fake_gateway.h"
#include "payments/payment_service.h"
#include "users/user_directory.h"

namespace app {

using CartItems = std::vector<std::pair<std::string, int>>;  // sku code, quantity

// Composition root: owns one instance of every module's service and wires
// them together. The only place allowed to know about everything.
class Shop {
public:
    explicit Shop(const core::Clock& clock);

    std::vector<users::UserId> seed();
    void visit(std::uint64_t visitor_id) { report_.add_visit(visitor_id); }
    bool checkout(users::UserId customer, const CartItems& items, std::string_view card_number,
                  std::string_view region);
    void fail_next_payment() { gateway_.fail_next_attempt(); }
    void print_report(std::ostream& out) const;
    void print_outstanding(std::ostream& out) const;

private:
    core::SystemPrincipal system_;
    core::AuditTrail audit_;
    users::UserDirectory users_;
    catalog::Catalog catalog_;
    catalog::Inventory inventory_;
    analytics::Tracker tracker_;
    analytics::SalesReport report_;
    notifications::Notifier notifier_;
    billing::Ledger ledger_;
    billing::InvoicingListener invoicing_;
    orders::OrderService orders_;
    payments::FakeGateway gateway_;
    payments::PaymentService payments_;
};

}  // namespace app

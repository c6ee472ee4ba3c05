#pragma once

#include <cstddef>

#include "billing/ledger.h"
#include "orders/order_listener.h"
#include "users/user_directory.h"

namespace billing {

// Issues an invoice for every placed order and voids it when the order is
// cancelled before payment. Registered with orders::OrderService at start-up.
class InvoicingListener final : public orders::OrderListener {  // seams-demo: cycle (inheritance: billing class derives from an orders interface)
public:
    InvoicingListener(Ledger& ledger, const users::UserDirectory& directory)
        : ledger_(ledger), directory_(directory) {}

    void on_order_placed(const orders::Order& order) override;
    void on_order_cancelled(const orders::Order& order) override;

    std::size_t issued() const { return issued_; }
    std::size_t voided() const { return voided_; }

private:
    Ledger& ledger_;
    const users::UserDirectory& directory_;
    std::size_t issued_ = 0;
    std::size_t voided_ = 0;
};

}  // namespace billing

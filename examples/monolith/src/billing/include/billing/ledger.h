#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "billing/invoice.h"
#include "core/money.h"

namespace billing {

// Every invoice ever issued, by number. The source of truth for receivables.
class Ledger {
public:
    Invoice& issue(orders::OrderId order, users::UserId customer, std::string billing_email,
                   core::Money net, core::Money tax);

    Invoice* find(std::uint64_t number);
    Invoice* find_by_order(orders::OrderId order);
    bool void_invoice(std::uint64_t number);

    std::vector<const Invoice*> outstanding() const;
    core::Money total_outstanding(core::Currency currency) const;
    std::size_t size() const { return invoices_.size(); }

private:
    std::uint64_t next_number_ = 1;
    std::map<std::uint64_t, Invoice> invoices_;
};

}  // namespace billing

#include "billing/ledger.h"

#include <utility>

namespace billing {

Invoice& Ledger::issue(orders::OrderId order, users::UserId customer, std::string billing_email,
                       core::Money net, core::Money tax) {
    const std::uint64_t number = next_number_++;
    auto [it, inserted] = invoices_.emplace(
        number, Invoice(number, order, customer, std::move(billing_email), net, tax));
    (void)inserted;
    return it->second;
}

Invoice* Ledger::find(std::uint64_t number) {
    const auto it = invoices_.find(number);
    return it == invoices_.end() ? nullptr : &it->second;
}

Invoice* Ledger::find_by_order(orders::OrderId order) {
    for (auto& [number, invoice] : invoices_) {
        if (invoice.order_id() == order) {
            return &invoice;
        }
    }
    return nullptr;
}

bool Ledger::void_invoice(std::uint64_t number) {
    const auto it = invoices_.find(number);
    if (it == invoices_.end() || it->second.is_paid()) {
        return false;
    }
    invoices_.erase(it);
    return true;
}

std::vector<const Invoice*> Ledger::outstanding() const {
    std::vector<const Invoice*> result;
    for (const auto& [number, invoice] : invoices_) {
        if (!invoice.is_paid()) {
            result.push_back(&invoice);
        }
    }
    return result;
}

core::Money Ledger::total_outstanding(core::Currency currency) const {
    core::Money sum = core::Money::zero(currency);
    for (const Invoice* invoice : outstanding()) {
        if (invoice->gross().currency() == currency) {
            sum += invoice->gross();
        }
    }
    return sum;
}

}  // namespace billing

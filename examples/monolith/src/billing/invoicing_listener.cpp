#include "billing/invoicing_listener.h"

#include <string>
#include <utility>

#include "core/logging.h"

namespace billing {

void InvoicingListener::on_order_placed(const orders::Order& order) {
    const users::User* customer = directory_.find(order.customer());
    std::string email = customer != nullptr ? customer->email().value() : std::string();
    if (email.empty()) {
        CORE_LOG_WARN("billing", "no billing address for " + orders::to_display(order.id()));
    }
    const Invoice& invoice =
        ledger_.issue(order.id(), order.customer(), std::move(email), order.subtotal(), order.tax());
    ++issued_;
    CORE_LOG_INFO("billing", format_invoice_number(invoice.number()) + " issued for " +
                                 orders::to_display(order.id()) + ": " + invoice.gross().to_string());
}

void InvoicingListener::on_order_cancelled(const orders::Order& order) {
    Invoice* invoice = ledger_.find_by_order(order.id());
    if (invoice != nullptr && ledger_.void_invoice(invoice->number())) {
        ++voided_;
        CORE_LOG_INFO("billing", "voided invoice for " + orders::to_display(order.id()));
    }
}

}  // namespace billing

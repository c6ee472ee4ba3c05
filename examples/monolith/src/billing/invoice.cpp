#include "billing/invoice.h"

#include <stdexcept>
#include <utility>

namespace billing {

Invoice::Invoice(std::uint64_t number, orders::OrderId order, users::UserId customer,
                 std::string billing_email, core::Money net, core::Money tax)
    : number_(number),
      order_(order),
      customer_(customer),
      billing_email_(std::move(billing_email)),
      net_(net),
      tax_(tax) {
    if (net.currency() != tax.currency()) {
        throw std::invalid_argument("invoice net and tax must share a currency");
    }
}

void Invoice::mark_paid(std::string payment_reference) {
    if (payment_reference.empty()) {
        throw std::invalid_argument("payment reference must not be empty");
    }
    payment_reference_ = std::move(payment_reference);
}

std::string format_invoice_number(std::uint64_t number) {
    std::string digits = std::to_string(number);
    if (digits.size() < 5) {
        digits.insert(0, 5 - digits.size(), '0');
    }
    return "INV-" + digits;
}

}  // namespace billing

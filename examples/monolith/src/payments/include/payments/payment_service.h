#pragma once

#include <cstddef>
#include <vector>

#include "billing/invoice.h"
#include "core/clock.h"
#include "core/id.h"
#include "core/result.h"
#include "payments/gateway.h"
#include "payments/payment.h"

namespace payments {

// Settles invoices through a gateway, retrying transient declines.
class PaymentService {
public:
    PaymentService(PaymentGateway& gateway, const core::Clock& clock)
        : gateway_(gateway), clock_(clock) {}

    core::Result<PaymentRecord> pay(billing::Invoice& invoice, const internal::CardToken& card);

    const std::vector<PaymentRecord>& history() const { return history_; }
    std::size_t failures() const { return failures_; }

private:
    PaymentGateway& gateway_;
    const core::Clock& clock_;
    core::IdSequence ids_;
    std::vector<PaymentRecord> history_;
    std::size_t failures_ = 0;
};

}  // namespace payments

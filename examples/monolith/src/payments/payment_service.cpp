#include "payments/payment_service.h"

#include <string>

#include "core/logging.h"
#include "internal/retry_policy.h"

namespace payments {

std::string_view payment_status_name(PaymentStatus status) {
    switch (status) {
        case PaymentStatus::Pending: return "pending";
        case PaymentStatus::Captured: return "captured";
        case PaymentStatus::Failed: return "failed";
        case PaymentStatus::Refunded: return "refunded";
    }
    return "unknown";
}

core::Result<PaymentRecord> PaymentService::pay(billing::Invoice& invoice, const internal::CardToken& card) {
    const std::string invoice_ref = billing::format_invoice_number(invoice.number());
    if (invoice.is_paid()) {
        return core::Result<PaymentRecord>::failure(core::ErrorCode::Conflict, invoice_ref + " is already paid");
    }
    // The customer's statement shows the order reference, not our invoice number.
    const std::string description = "Shop order " + to_display(invoice.order_id());  // seams-demo: undeclared-dependency (ADL: unqualified call resolves to orders::to_display)

    const internal::RetryPolicy policy;
    ChargeResult result;
    int attempt = 0;
    do {
        ++attempt;
        result = gateway_.charge(card, invoice.gross(), description);
    } while (policy.should_retry(result, attempt));

    PaymentRecord record{PaymentId(ids_.next()), invoice.number(), invoice.gross(),
                         result.approved ? PaymentStatus::Captured : PaymentStatus::Failed,
                         result.reference, result.decline_reason, clock_.now()};
    history_.push_back(record);
    if (!result.approved) {
        ++failures_;
        CORE_LOG_WARN("payments", invoice_ref + " declined: " + result.decline_reason);
        return core::Result<PaymentRecord>::failure(core::ErrorCode::Declined, result.decline_reason);
    }
    invoice.mark_paid(result.reference);
    CORE_LOG_INFO("payments", invoice_ref + " captured after " + std::to_string(attempt) + " attempt(s)");
    return record;
}

}  // namespace payments

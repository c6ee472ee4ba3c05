#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/id.h"
#include "core/money.h"

namespace payments {

struct PaymentTag;
using PaymentId = core::StrongId<PaymentTag>;

enum class PaymentStatus { Pending, Captured, Failed, Refunded };

std::string_view payment_status_name(PaymentStatus status);

// One attempt to settle one invoice, successful or not.
struct PaymentRecord {
    PaymentId id;
    std::uint64_t invoice_number = 0;
    core::Money amount;
    PaymentStatus status = PaymentStatus::Pending;
    std::string provider_reference;
    std::string failure_reason;
    core::Timestamp at;
};

}  // namespace payments

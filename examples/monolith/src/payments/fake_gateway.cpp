#include "payments/fake_gateway.h"

#include <algorithm>

namespace payments {

PaymentGateway::~PaymentGateway() = default;

ChargeResult FakeGateway::charge(const internal::CardToken& card, const core::Money& amount,
                                 std::string_view description) {
    ++attempts_;
    descriptions_.emplace_back(description);
    ChargeResult result;
    if (fail_next_) {
        fail_next_ = false;
        result.retryable = true;
        result.decline_reason = "issuer unavailable";
    } else if (card.expired_at(2025, 1)) {
        result.decline_reason = "card expired";
    } else if (amount > limit_) {
        result.decline_reason = "amount over limit";
    } else {
        result.approved = true;
        result.reference = "psp_" + std::to_string(attempts_) + "_" + std::string(card.last4());
        captured_.push_back(result.reference);
    }
    return result;
}

bool FakeGateway::refund(const std::string& reference, const core::Money& amount) {
    const auto it = std::find(captured_.begin(), captured_.end(), reference);
    if (it == captured_.end() || amount.minor_units() <= 0) {
        return false;
    }
    captured_.erase(it);
    return true;
}

}  // namespace payments

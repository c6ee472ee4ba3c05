#pragma once

#include <string>
#include <string_view>

// The provider's token type is private to payments, but this public header
// drags it in for everyone who includes gateway.h.
#include "../../internal/card_token.h"
#include "core/money.h"

namespace payments {

struct ChargeResult {
    bool approved = false;
    bool retryable = false;
    std::string reference;
    std::string decline_reason;
};

// The seam to an external payment service provider.
class PaymentGateway {
public:
    virtual ~PaymentGateway();

    virtual std::string name() const = 0;
    virtual ChargeResult charge(const internal::CardToken& card, const core::Money& amount,
                                std::string_view description) = 0;
    virtual bool refund(const std::string& reference, const core::Money& amount) = 0;
};

}  // namespace payments

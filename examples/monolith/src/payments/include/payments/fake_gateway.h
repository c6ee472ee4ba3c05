#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/money.h"
#include "payments/gateway.h"

namespace payments {

// An in-process provider for demos and tests: approves everything up to a
// limit, declines expired cards and "fails" the first attempt on request.
class FakeGateway final : public PaymentGateway {
public:
    explicit FakeGateway(core::Money approval_limit) : limit_(approval_limit) {}

    std::string name() const override { return "fake-psp"; }
    ChargeResult charge(const internal::CardToken& card, const core::Money& amount,
                        std::string_view description) override;
    bool refund(const std::string& reference, const core::Money& amount) override;

    void fail_next_attempt() { fail_next_ = true; }
    std::size_t attempts() const { return attempts_; }
    const std::vector<std::string>& descriptions() const { return descriptions_; }

private:
    core::Money limit_;
    bool fail_next_ = false;
    std::size_t attempts_ = 0;
    std::vector<std::string> descriptions_;
    std::vector<std::string> captured_;
};

}  // namespace payments

#pragma once

#include <chrono>

#include "payments/gateway.h"

// Private to payments: when a declined charge is worth another try.
namespace payments::internal {

struct RetryPolicy {
    int max_attempts = 3;
    std::chrono::milliseconds backoff{200};

    bool should_retry(const ChargeResult& result, int attempt) const {
        return !result.approved && result.retryable && attempt < max_attempts;
    }

    std::chrono::milliseconds delay_before(int attempt) const {
        return backoff * (1 << (attempt - 1));
    }
};

}  // namespace payments::internal

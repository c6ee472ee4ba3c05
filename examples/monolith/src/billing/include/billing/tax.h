#pragma once

#include <string>
#include <string_view>

#include "core/money.h"

namespace billing {

// A sales-tax rate in basis points (19% == 1900).
class TaxRate {
public:
    constexpr explicit TaxRate(int basis_points) : basis_points_(basis_points) {}

    constexpr int basis_points() const { return basis_points_; }
    constexpr bool is_exempt() const { return basis_points_ == 0; }

    // "19.00%"
    std::string to_string() const;

private:
    int basis_points_;
};

// The standard rate for an ISO region code ("DE", "FR", "US-CA", ...).
// Unknown regions get the default EU rate.
TaxRate rate_for(std::string_view region);

// Tax due on a net amount: `net * rate`.
core::Money operator*(const core::Money& net, const TaxRate& rate);

}  // namespace billing

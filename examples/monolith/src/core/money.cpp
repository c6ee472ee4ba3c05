#include "core/money.h"

#include <stdexcept>

#include "internal/decimal_format.h"

namespace core {

namespace {

void require_same_currency(const Money& a, const Money& b) {
    if (a.currency() != b.currency()) {
        throw std::invalid_argument("currency mismatch: " + std::string(currency_code(a.currency())) +
                                    " vs " + std::string(currency_code(b.currency())));
    }
}

}  // namespace

std::string_view currency_code(Currency currency) {
    switch (currency) {
        case Currency::EUR: return "EUR";
        case Currency::USD: return "USD";
        case Currency::GBP: return "GBP";
    }
    return "???";
}

Money& Money::operator+=(const Money& other) {
    require_same_currency(*this, other);
    minor_ += other.minor_;
    return *this;
}

Money& Money::operator-=(const Money& other) {
    require_same_currency(*this, other);
    minor_ -= other.minor_;
    return *this;
}

Money Money::operator*(std::int64_t factor) const {
    return Money(minor_ * factor, currency_);
}

std::string Money::to_string() const {
    return detail::minor_to_decimal(minor_) + " " + std::string(currency_code(currency_));
}

Money percent_of(const Money& amount, int basis_points) {
    const std::int64_t scaled = amount.minor_units() * basis_points;
    const std::int64_t rounded = scaled >= 0 ? (scaled + 5000) / 10000 : (scaled - 5000) / 10000;
    return Money(rounded, amount.currency());
}

}  // namespace core

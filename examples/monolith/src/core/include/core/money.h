#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace core {

enum class Currency { EUR, USD, GBP };

std::string_view currency_code(Currency currency);

// An amount of money in minor units (cents). Arithmetic across currencies
// is a programming error and throws std::invalid_argument.
class Money {
public:
    constexpr Money() = default;
    constexpr Money(std::int64_t minor_units, Currency currency)
        : minor_(minor_units), currency_(currency) {}

    static constexpr Money zero(Currency currency = Currency::EUR) { return Money(0, currency); }

    constexpr std::int64_t minor_units() const { return minor_; }
    constexpr Currency currency() const { return currency_; }
    constexpr bool is_zero() const { return minor_ == 0; }

    Money& operator+=(const Money& other);
    Money& operator-=(const Money& other);
    friend Money operator+(Money lhs, const Money& rhs) { return lhs += rhs; }
    friend Money operator-(Money lhs, const Money& rhs) { return lhs -= rhs; }
    Money operator*(std::int64_t factor) const;

    auto operator<=>(const Money&) const = default;

    // "12.50 EUR"
    std::string to_string() const;

private:
    std::int64_t minor_ = 0;
    Currency currency_ = Currency::EUR;
};

// basis_points: 1% == 100. Rounds half away from zero.
Money percent_of(const Money& amount, int basis_points);

}  // namespace core

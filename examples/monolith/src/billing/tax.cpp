#include "billing/tax.h"

#include <array>
#include <utility>

namespace billing {

namespace {

constexpr TaxRate kDefaultRate{2000};

constexpr std::array<std::pair<std::string_view, TaxRate>, 6> kStandardRates{{
    {"DE", TaxRate{1900}},
    {"FR", TaxRate{2000}},
    {"GB", TaxRate{2000}},
    {"IE", TaxRate{2300}},
    {"US-CA", TaxRate{725}},
    {"US-OR", TaxRate{0}},
}};

}  // namespace

std::string TaxRate::to_string() const {
    const int whole = basis_points_ / 100;
    const int fraction = basis_points_ % 100;
    return std::to_string(whole) + "." + (fraction < 10 ? "0" : "") + std::to_string(fraction) + "%";
}

TaxRate rate_for(std::string_view region) {
    for (const auto& [code, rate] : kStandardRates) {
        if (code == region) {
            return rate;
        }
    }
    return kDefaultRate;
}

core::Money operator*(const core::Money& net, const TaxRate& rate) {
    return core::percent_of(net, rate.basis_points());
}

}  // namespace billing

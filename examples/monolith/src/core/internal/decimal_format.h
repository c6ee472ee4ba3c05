#pragma once

#include <cstdint>
#include <cstdlib>
#include <string>

// Private to core: number formatting shared by money.cpp and clock.cpp.
namespace core::detail {

// Left-pads a non-negative number with zeros: pad(7, 2) == "07".
inline std::string zero_pad(std::int64_t value, std::size_t width) {
    std::string digits = std::to_string(value);
    if (digits.size() < width) {
        digits.insert(0, width - digits.size(), '0');
    }
    return digits;
}

// 1250 -> "12.50", -5 -> "-0.05".
inline std::string minor_to_decimal(std::int64_t minor_units) {
    const bool negative = minor_units < 0;
    const std::int64_t magnitude = std::llabs(minor_units);
    std::string text = std::to_string(magnitude / 100) + "." + zero_pad(magnitude % 100, 2);
    return negative ? "-" + text : text;
}

}  // namespace core::detail

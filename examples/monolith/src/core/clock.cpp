#include "core/clock.h"

#include <ctime>

#include "internal/decimal_format.h"

namespace core {

Clock::~Clock() = default;

Timestamp SystemClock::now() const {
    return std::chrono::system_clock::now();
}

std::string format_iso8601(Timestamp at) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(at);
    std::tm parts{};
    gmtime_r(&seconds, &parts);

    std::string out = std::to_string(parts.tm_year + 1900);
    out += "-" + detail::zero_pad(parts.tm_mon + 1, 2);
    out += "-" + detail::zero_pad(parts.tm_mday, 2);
    out += "T" + detail::zero_pad(parts.tm_hour, 2);
    out += ":" + detail::zero_pad(parts.tm_min, 2);
    out += ":" + detail::zero_pad(parts.tm_sec, 2);
    out += "Z";
    return out;
}

}  // namespace core

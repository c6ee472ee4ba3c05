#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/clock.h"

namespace analytics {

using Properties = std::map<std::string, std::string>;

// One row of the behavioural event stream ("order_placed", "email_sent", ...).
struct Event {
    std::string name;
    std::uint64_t user_id = 0;  // 0: anonymous visitor
    core::Timestamp at;
    std::string app_version;    // which build emitted it, for release comparisons
    Properties properties;
};

// "2024-03-01T12:00:00Z order_placed user=7 sku=BOOK-1"
std::string to_line(const Event& event);

}  // namespace analytics

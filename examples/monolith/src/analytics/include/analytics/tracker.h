#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/event.h"
#include "core/clock.h"

namespace analytics {

// Collects events in memory; a real deployment would ship them to a queue.
class Tracker {
public:
    explicit Tracker(const core::Clock& clock) : clock_(clock) {}

    void record(std::string name, std::uint64_t user_id, Properties properties = {});

    const std::vector<Event>& events() const { return events_; }
    std::size_t count(std::string_view name) const;
    std::vector<std::string> dump() const;

private:
    const core::Clock& clock_;
    std::vector<Event> events_;
};

}  // namespace analytics

#include "analytics/tracker.h"

#include <algorithm>
#include <utility>

#include "app/build_info.h"  // seams-demo: layering (domain module includes an app-layer header)

namespace analytics {

std::string to_line(const Event& event) {
    std::string line = core::format_iso8601(event.at) + " " + event.name + " user=" + std::to_string(event.user_id);
    for (const auto& [key, value] : event.properties) {
        line += " " + key + "=" + value;
    }
    return line;
}

void Tracker::record(std::string name, std::uint64_t user_id, Properties properties) {
    Event event{std::move(name), user_id, clock_.now(), {}, std::move(properties)};
    // Stamping events with the build lets us compare releases; the version
    // lives in the app layer, so analytics reaches up for it.
    event.app_version = app::build_info().version;  // seams-demo: layering (call into the app layer)
    events_.push_back(std::move(event));
}

std::size_t Tracker::count(std::string_view name) const {
    return static_cast<std::size_t>(
        std::count_if(events_.begin(), events_.end(), [&](const Event& event) { return event.name == name; }));
}

std::vector<std::string> Tracker::dump() const {
    std::vector<std::string> lines;
    lines.reserve(events_.size());
    for (const Event& event : events_) {
        lines.push_back(to_line(event));
    }
    return lines;
}

}  // namespace analytics

#include "core/logging.h"

#include <algorithm>

namespace core {

namespace {

const char* level_tag(LogLevel level) {
    switch (level) {
        case LogLevel::Debug: return "DEBUG";
        case LogLevel::Info: return "INFO";
        case LogLevel::Warning: return "WARN";
        case LogLevel::Error: return "ERROR";
    }
    return "?";
}

}  // namespace

Logger& Logger::instance() {
    static Logger logger;
    return logger;
}

void Logger::log(LogLevel level, std::string_view component, std::string_view message) {
    if (level < min_level_) {
        return;
    }
    std::string line = std::string(level_tag(level)) + " [" + std::string(component) + "] ";
    line += message;
    const std::lock_guard<std::mutex> lock(mutex_);
    lines_.push_back(std::move(line));
}

std::vector<std::string> Logger::tail(std::size_t count) const {
    const std::lock_guard<std::mutex> lock(mutex_);
    const std::size_t first = lines_.size() > count ? lines_.size() - count : 0;
    return std::vector<std::string>(lines_.begin() + static_cast<std::ptrdiff_t>(first), lines_.end());
}

std::size_t Logger::size() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return lines_.size();
}

}  // namespace core

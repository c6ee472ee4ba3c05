#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace core {

enum class LogLevel { Debug, Info, Warning, Error };

// A process-wide, in-memory logger; the demo prints its tail at exit.
class Logger {
public:
    static Logger& instance();

    void log(LogLevel level, std::string_view component, std::string_view message);
    void set_min_level(LogLevel level) { min_level_ = level; }
    std::vector<std::string> tail(std::size_t count) const;
    std::size_t size() const;

private:
    Logger() = default;

    mutable std::mutex mutex_;
    LogLevel min_level_ = LogLevel::Info;
    std::vector<std::string> lines_;
};

}  // namespace core

#define CORE_LOG_INFO(component, message) \
    ::core::Logger::instance().log(::core::LogLevel::Info, (component), (message))
#define CORE_LOG_WARN(component, message) \
    ::core::Logger::instance().log(::core::LogLevel::Warning, (component), (message))

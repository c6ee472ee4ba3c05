#pragma once

#include <chrono>
#include <string>

namespace core {

using Timestamp = std::chrono::system_clock::time_point;

// Injected everywhere time matters so tests can pin it.
class Clock {
public:
    virtual ~Clock();
    virtual Timestamp now() const = 0;
};

class SystemClock final : public Clock {
public:
    Timestamp now() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(Timestamp at) : at_(at) {}
    Timestamp now() const override { return at_; }
    void advance(std::chrono::seconds by) { at_ += by; }

private:
    Timestamp at_;
};

// "2024-03-01T12:00:00Z"
std::string format_iso8601(Timestamp at);

}  // namespace core

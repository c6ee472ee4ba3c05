#pragma once

#include <atomic>
#include <compare>
#include <cstdint>
#include <string>

namespace core {

// A typed integer identifier: StrongId<ProductTag> and StrongId<PaymentTag>
// do not mix. Zero is reserved for "no id".
template <typename Tag>
class StrongId {
public:
    using value_type = std::uint64_t;

    constexpr StrongId() = default;
    constexpr explicit StrongId(value_type value) : value_(value) {}

    constexpr value_type value() const { return value_; }
    constexpr bool valid() const { return value_ != 0; }
    std::string str() const { return std::to_string(value_); }

    auto operator<=>(const StrongId&) const = default;

private:
    value_type value_ = 0;
};

// Hands out increasing ids starting at 1; safe to share between threads.
class IdSequence {
public:
    explicit IdSequence(std::uint64_t first = 1) : next_(first) {}
    std::uint64_t next() { return next_.fetch_add(1, std::memory_order_relaxed); }

private:
    std::atomic<std::uint64_t> next_;
};

}  // namespace core

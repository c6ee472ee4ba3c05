#pragma once

#include <chrono>
#include <cstdint>

#include "core/clock.h"
#include "orders/order.h"

// Private to orders: how order numbers are built. Day number since the epoch
// times 100000 plus a per-process sequence, so numbers sort by date.
namespace orders::detail {

inline constexpr std::uint64_t kSequenceSpan = 100000;

inline OrderId make_order_id(std::uint32_t sequence, core::Timestamp placed_at) {
    const auto days = std::chrono::duration_cast<std::chrono::hours>(placed_at.time_since_epoch()).count() / 24;
    return OrderId{static_cast<std::uint64_t>(days) * kSequenceSpan + sequence % kSequenceSpan};
}

inline std::uint32_t sequence_of(OrderId id) {
    return static_cast<std::uint32_t>(id.value % kSequenceSpan);
}

}  // namespace orders::detail

#pragma once
#include "util/time/clock.h"
namespace util {
struct Timer {
  Clock clock;
  long start = clock.now();
  long elapsed() const { return clock.since(start); }
};
}  // namespace util

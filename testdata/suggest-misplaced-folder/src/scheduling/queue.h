#pragma once
#include "util/time/clock.h"
#include "util/time/timer.h"
namespace scheduling {
struct Queue {
  util::Clock clock;
  util::Timer timer;
  long due[8] = {};
  bool ready(int i) const { return due[i] <= clock.now() + timer.elapsed(); }
};
}  // namespace scheduling

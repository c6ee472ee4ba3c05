#pragma once
#include "scheduling/queue.h"
#include "util/time/clock.h"
#include "util/time/timer.h"
namespace scheduling {
struct Scheduler {
  Queue queue;
  util::Clock clock;
  util::Timer timer;
  long tick();
};
}  // namespace scheduling

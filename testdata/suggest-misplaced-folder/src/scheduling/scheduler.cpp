#include "scheduling/scheduler.h"
namespace scheduling {
long Scheduler::tick() {
  util::Timer t;
  return queue.ready(0) ? clock.now() + t.elapsed() + timer.elapsed() + clock.since(1) : 0;
}
}  // namespace scheduling

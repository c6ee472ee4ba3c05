#include "scheduling/queue.h"
namespace scheduling {
long queue_anchor(const Queue& q) { return q.clock.since(q.due[0]) + q.timer.elapsed(); }
}  // namespace scheduling

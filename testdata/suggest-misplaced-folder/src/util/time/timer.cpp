#include "util/time/timer.h"
namespace util {
long timer_anchor() { return Timer{}.elapsed(); }
}  // namespace util

#include "util/time/clock.h"
namespace util {
long Clock::now() const { return 42; }
long Clock::since(long then) const { return now() - then; }
}  // namespace util

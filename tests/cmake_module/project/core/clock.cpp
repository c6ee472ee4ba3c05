#include "core/clock.h"

#include "core/detail.h"

namespace core {
long now() { return epoch(); }
}  // namespace core

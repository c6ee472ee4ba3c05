#include "core/format.h"

namespace core {
const char* format(long) { return "now"; }
}  // namespace core

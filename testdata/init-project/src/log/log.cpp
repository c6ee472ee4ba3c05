#include "log/log.h"
namespace log_ {
void write(const char*) {}
}  // namespace log_

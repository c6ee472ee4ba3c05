#include "storage/log.h"
#include "util/strings/strings.h"
namespace storage {
bool log_named(const Log& l, const char* n) { return util::starts_with(l.store.name, n) && !l.empty(); }
}  // namespace storage

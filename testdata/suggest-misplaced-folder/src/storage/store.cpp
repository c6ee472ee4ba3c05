#include "storage/store.h"
#include "util/strings/strings.h"
namespace storage {
int Store::size() const { return util::length(name); }
}  // namespace storage

#pragma once
#include "storage/store.h"
namespace storage {
struct Log {
  Store store;
  bool empty() const { return store.size() == 0; }
};
}  // namespace storage

#pragma once
#include "core/db.h"
namespace core {
inline int cached(const DB& db, int key) { return db.get(key); }
}  // namespace core

#pragma once
#include "c/types.h"

namespace b {
c::Type make();
}  // namespace b

#pragma once
#include "b/detail.h"  // b's own include of its private header: no finding

namespace b {
int make_size();
}  // namespace b

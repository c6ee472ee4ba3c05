#pragma once
#include "other/o.h"

namespace hdr {
inline int view() { return other::g(); }
}  // namespace hdr

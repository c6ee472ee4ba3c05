#pragma once
#include "core/core.h"

namespace net {
struct Socket {
  static long opened;
  core::Clock clock;
};
}  // namespace net

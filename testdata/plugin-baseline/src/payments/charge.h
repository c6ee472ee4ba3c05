#pragma once

#include "core/money.h"

namespace payments {
bool charge(core::Money amount);
}  // namespace payments

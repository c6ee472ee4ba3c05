#pragma once
#include "core/money.h"
namespace billing {
struct Invoice {
  core::Money total;
};
}  // namespace billing

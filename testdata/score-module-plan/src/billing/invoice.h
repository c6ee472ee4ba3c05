#pragma once
#include "core/money.h"  // billing -> core: to cut or replace

namespace billing {
struct Invoice {
  core::Money total;
};
Invoice invoice_for(int order);
}  // namespace billing

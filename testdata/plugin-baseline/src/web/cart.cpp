#include "core/money.h"
#include "payments/charge.h"

bool checkout() {
  core::Money total{1200};

  return payments::charge(total);
}

#include "core/money.h"
#include "payments/charge.h"

bool checkout() {
  core::Money total{1200};
  // seams-allow(team-ownership/cross-team): the cart pays until checkout moves to payments
  return payments::charge(total);
}

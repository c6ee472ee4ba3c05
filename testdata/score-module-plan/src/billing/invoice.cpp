#include "billing/invoice.h"

#include "billing/internal/tax.h"

billing::Invoice billing::invoice_for(int order) {
  long cents = order * 100L;
  return Invoice{core::Money{cents + internal::tax(cents)}};
}

#include "billing/internal/tax.h"  // private: should not be part of billing's API
#include "billing/invoice.h"

namespace orders {
long checkout(int order) {
  billing::Invoice a = billing::invoice_for(order);
  billing::Invoice b = billing::invoice_for(order + 1);
  return a.total.cents + b.total.cents + billing::internal::tax(1);
}
}  // namespace orders

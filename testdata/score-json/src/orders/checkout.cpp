#include "billing/invoice.h"

namespace orders {
int checkout(int order) {
  billing::Invoice inv = billing::invoice_for(order);
  return inv.total;
}
}  // namespace orders

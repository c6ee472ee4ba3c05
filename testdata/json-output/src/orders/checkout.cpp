#include "billing/invoice.h"  // expect: undeclared-dependency

namespace orders {
int checkout(int order) {
  billing::Invoice inv = billing::invoice_for(order);  // expect: x2 (type, call)
  return inv.total;                                   // expect: the member
}
}  // namespace orders

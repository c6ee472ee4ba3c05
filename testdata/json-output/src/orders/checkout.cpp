#include "billing/invoice.h"  // expect: undeclared-dependency

namespace orders {
int checkout(int order) {
  billing::Invoice inv = billing::invoice_for(order);  // expect: undeclared-dependency x2 (type, call)
  return inv.total;                                   // expect: undeclared-dependency (member)
}
}  // namespace orders

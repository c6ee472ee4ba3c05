#include "billing/invoice.h"
#include "../billing/detail.h"
namespace orders {
int total(const billing::Invoice&) { return billing::rounding(); }
}  // namespace orders

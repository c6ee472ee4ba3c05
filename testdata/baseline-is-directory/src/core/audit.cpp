#include "billing/invoice.h"
namespace core {
long audit(const billing::Invoice& i) { return i.total.cents; }
}  // namespace core

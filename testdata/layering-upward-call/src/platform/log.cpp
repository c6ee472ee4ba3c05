#include "domain/order.h"  // expect: layering

namespace platform {
int log_orders() {
  return domain::order_count();  // expect: layering (platform calls up into domain)
}
}  // namespace platform

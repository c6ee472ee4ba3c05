#pragma once

#include <string>

#include "orders/order.h"

namespace orders {

// An opaque token for an order's status page.
std::string order_token(OrderId id);

}  // namespace orders

#include "domain/order.h"

int domain::order_count() { return 3; }

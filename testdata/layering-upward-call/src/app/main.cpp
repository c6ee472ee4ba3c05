#include "domain/order.h"  // a downward use: no finding

int main() { return domain::order_count(); }

#include "keep/ledger.h"

#include "later/checkout.h"  // keep -> later closes the cycle

namespace {
int sum = 0;
}
void keep::record(int amount) { sum += amount; }
int keep::balance() { return sum + later::total(0, 0); }

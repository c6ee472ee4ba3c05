#include "later/checkout.h"

#include "first/price.h"  // later -> first: one narrow call
#include "keep/ledger.h"  // later <-> keep: a cycle

int later::total(int sku, int qty) {
  int t = first::price(sku) * qty;
  keep::record(t);
  return keep::balance() + t;
}

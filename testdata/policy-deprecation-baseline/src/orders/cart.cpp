#include "legacy/log.h"
#include "vault/card.h"

int cart_total(vault::Token t) {
  vault::Card c = vault::open_card(t);  // orders may not touch card data
  LEGACY_LOG(c.number);
  return c.number;  // all of this was accepted in the baseline
}
#include "vault/card.h"
int more(vault::Token t) { return vault::open_card(t).number; }

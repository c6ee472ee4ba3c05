#include "legacy/log.h"
#include "vault/card.h"

int main() {
  vault::Token t{1};  // allowed by an exception: tokens are public
  legacy::Logger().log(t.id);
  return 0;
}

#include "b/token.h"  // expect: undeclared-dependency (the include)

int a_run() {
  auto t = b::next_token();  // expect: undeclared-dependency (a qualified call)
  return consume(t);         // expect: undeclared-dependency (unqualified, found by ADL)
}

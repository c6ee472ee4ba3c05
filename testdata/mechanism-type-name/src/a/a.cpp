#include "b/money.h"  // expect: undeclared-dependency (the include)

int a_is_money(const b::Money*) { return 1; }  // expect: undeclared-dependency (type name)

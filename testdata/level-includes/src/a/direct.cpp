#include "c/types.h"  // expect: undeclared-dependency, seen by both levels

int a_direct() { return sizeof(c::Type); }

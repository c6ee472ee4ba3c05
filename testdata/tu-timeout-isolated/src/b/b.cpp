#include "c/c.h"  // expect: undeclared-dependency, still reported

int b_run() { return c::value(); }  // expect: undeclared-dependency

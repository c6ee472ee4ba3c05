#include "c/c.h"  // expect: undeclared-dependency, but the parser dies first

int a_run() { return c::value(); }

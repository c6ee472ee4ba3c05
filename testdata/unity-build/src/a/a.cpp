#include "b/math.h"  // expect: undeclared-dependency (the include)

int a_run() { return b::compute(4); }  // expect: undeclared-dependency (a call)

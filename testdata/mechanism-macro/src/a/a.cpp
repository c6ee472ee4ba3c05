#include "b/twice.h"  // expect: undeclared-dependency (the include)

int a_four() { return B_TWICE(2); }  // expect: undeclared-dependency (a macro expansion)

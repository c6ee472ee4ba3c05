#include "b/limits.h"  // expect: undeclared-dependency (the include)

int a_capacity() { return 2 * b::max_users; }  // expect: undeclared-dependency (a variable)

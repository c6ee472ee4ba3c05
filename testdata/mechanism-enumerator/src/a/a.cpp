#include "b/color.h"  // expect: undeclared-dependency (the include)

int a_favourite() { return b::green; }  // expect: undeclared-dependency (an enumerator)

#include "b/b.h"
#include "c/c.h"  // expect: cycle (b -> c: 2 uses, the cheapest cut)

int b::two() { return c::three() - 1; }

#include "b/b.h"
#include "c/c.h"  // b -> c: this include and one call, 2 uses: the cheapest cut

int b::two() { return c::three() - 1; }  // expect: cycle (note for b -> c)

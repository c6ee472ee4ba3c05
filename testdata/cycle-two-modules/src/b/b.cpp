#include "b/b.h"
#include "a/a.h"  // b -> a: this include and one call, 2 uses: the cheapest cut

int b::twice(int x) { return 2 * x * a::base(); }  // expect: cycle (note for b -> a)

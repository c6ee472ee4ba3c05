#include "a/a.h"
#include "b/b.h"  // expect: cycle (a -> b: this include and two calls, 3 uses)

int a::base() { return 1; }
int a_sum() { return b::twice(2) + b::twice(3); }

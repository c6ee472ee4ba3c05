#include "a/a.h"
#include "b/b.h"  // a -> b: this include and two calls, 3 uses

int a::base() { return 1; }
int a_sum() { return b::twice(2) + b::twice(3); }  // expect: cycle (first symbol use of a -> b)

#include "a/a.h"
#include "b/b.h"  // a -> b: this include and two calls, 3 uses

int a::one() { return 1; }
int a_run() { return b::two() + b::two(); }  // expect: cycle (first symbol use of a -> b)

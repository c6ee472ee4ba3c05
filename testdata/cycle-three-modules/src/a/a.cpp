#include "a/a.h"
#include "b/b.h"  // expect: cycle (a -> b: 3 uses)

int a::one() { return 1; }
int a_run() { return b::two() + b::two(); }

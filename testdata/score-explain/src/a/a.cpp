#include "a/a.h"

#include "b/b.h"  // a -> b, and b -> a: a cycle

int a::base() { return 1; }
int a_sum() { return b::twice(2) + b::twice(3) + a::base(); }

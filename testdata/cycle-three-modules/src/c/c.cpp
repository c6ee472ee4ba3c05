#include "c/c.h"
#include "a/a.h"  // expect: cycle (c -> a: 4 uses)

int c::three() { return a::one() + a::one() + a::one(); }

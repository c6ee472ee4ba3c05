#include "c/c.h"
#include "a/a.h"  // c -> a: this include and three calls, 4 uses

int c::three() { return a::one() + a::one() + a::one(); }  // expect: cycle (note for c -> a)

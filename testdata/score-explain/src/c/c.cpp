#include "a/a.h"  // c -> a: c is outside the cycle

int c_run() { return a::base(); }

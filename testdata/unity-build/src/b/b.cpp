#include "b/math.h"

int b::compute(int x) { return x * x; }

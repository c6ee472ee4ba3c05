#include "b/b.h"

#include "a/a.h"

int b::twice(int x) { return 2 * x * a::base(); }

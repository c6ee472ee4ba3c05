#include "b/b.h"

int b::twice(int x) { return 2 * x; }

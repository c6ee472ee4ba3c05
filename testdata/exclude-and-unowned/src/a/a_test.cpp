// An excluded translation unit: never parsed, so its use of b makes no edge.
#include "b/b.h"

int a_test() { return b::value(); }

#include "a/gone.h"  // expect: parse failure (no such file)

int a1() { return 1; }

#include "b/legacy/old.h"  // excluded target: no edge

int a_run() { return b::old_value(); }  // excluded target: no edge

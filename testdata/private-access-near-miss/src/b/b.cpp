#include "b/api.h"

int b::compute(int x) { return x + 1; }
int b::Counter::next() { return ++value; }

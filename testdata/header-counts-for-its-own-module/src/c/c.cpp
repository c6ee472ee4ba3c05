#include "a/a.h"  // the only TU: c's, which includes a's header

int c_run() { return a::f(); }

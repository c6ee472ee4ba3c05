#include "b/b.h"  // a uses b: a declared and used dependency

int a_run() { return b::value(); }

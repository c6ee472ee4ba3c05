#include "b/b.h"  // expect: undeclared-dependency

int a_run() { return b::three(); }  // expect: undeclared-dependency

#include "b/b.h"  // found through the relative -Isrc; expect: undeclared-dependency

const char* a_name() { return b::name(); }  // expect: undeclared-dependency

#include "b/b.h"  // through -I../src of the nested rsp; expect: undeclared-dependency

#ifndef NEEDED
#error "NEEDED comes only from flags/a.rsp"
#endif
static_assert(sizeof(GREETING) == 12, "quoting in flags/common.rsp");
const char* a_name() { return b::name(); }  // expect: undeclared-dependency

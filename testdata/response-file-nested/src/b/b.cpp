#include "b/b.h"  // through -I../src of flags/common.rsp

#define STR(x) #x
#define XSTR(x) STR(x)
// Each macro must arrive whole, or this TU fails to parse.
static_assert(sizeof(B_NAME) == 4 && sizeof(XSTR(SPACED)) == 4, "quoting");
const char* b::name() { return B_NAME; }

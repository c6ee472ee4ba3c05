#include "b/b.h"  // found through the relative -I ..

// Both macros must arrive as string literals, or this TU fails to parse.
static_assert(sizeof(B_NAME) == 4 && sizeof(B_GREETING) == 12, "shell quoting");
const char* b::name() { return B_NAME; }

#include "b/header.h"  // expect: undeclared-dependency (the include)

unsigned long a_header_bytes() { return sizeof(b::Header); }  // expect: undeclared-dependency

#pragma once
#include "b/b.h"  // expect: undeclared-dependency (once, though 3 TUs include this header)

inline int a_shared() { return b::value(); }  // expect: undeclared-dependency (once)

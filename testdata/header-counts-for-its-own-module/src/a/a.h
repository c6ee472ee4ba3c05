#pragma once
#include "b/b.h"  // expect: undeclared-dependency (a -> b, from a's header)

namespace a {
inline int f() { return b::v(); }  // expect: undeclared-dependency (a -> b, not c -> b)
}  // namespace a

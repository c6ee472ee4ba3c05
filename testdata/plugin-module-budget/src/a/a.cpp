#include "a/a.h"

#include "b/one.h"
#include "c/three.h"

namespace a {
int sum() { return b::one() + c::three(); }
}  // namespace a

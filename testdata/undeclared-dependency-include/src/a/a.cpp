#include "b/b.h"  // expect: undeclared-dependency (an include alone is a dependency)
#include "c/c.h"  // declared in depends_on: no finding

namespace a {
int run() { return c::one(); }
}  // namespace a

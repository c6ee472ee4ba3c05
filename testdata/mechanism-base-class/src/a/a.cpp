#include "b/shape.h"  // expect: undeclared-dependency (the include)

namespace a {
struct Square : b::Shape {};  // expect: undeclared-dependency (base class)
}  // namespace a

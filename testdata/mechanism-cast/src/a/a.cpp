#include "b/level.h"  // expect: undeclared-dependency (the include)

int a_clamp(int n) {
  return static_cast<int>(static_cast<b::Level>(n));  // expect: undeclared-dependency (cast type)
}

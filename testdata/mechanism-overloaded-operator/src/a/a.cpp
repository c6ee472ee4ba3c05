#include "b/vec.h"  // expect: undeclared-dependency (the include)

int a_run() {
  auto u = b::unit();  // expect: undeclared-dependency (a call)
  auto v = u + u;      // expect: undeclared-dependency (b::operator+, at the '+')
  return v.x;          // expect: undeclared-dependency (a member)
}

#include "b/api.h"  // expect: undeclared-dependency (warning)

int a_run() {
  b::Counter c{};                   // expect: undeclared-dependency (warning)
  return b::compute(2) + c.next();  // expect: undeclared-dependency (warning), targets api.h
}

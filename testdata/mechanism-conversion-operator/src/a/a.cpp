#include "b/meters.h"  // expect: undeclared-dependency (the include)

double a_length() {
  double d = b::length();  // expect: undeclared-dependency x2 (the implicit b::Meters::operator double, and the call)
  return d;
}

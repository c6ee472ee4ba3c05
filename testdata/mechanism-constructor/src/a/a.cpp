#include "b/celsius.h"  // expect: undeclared-dependency (the include)

double a_run() {
  return b::to_fahrenheit(21.5);  // expect: undeclared-dependency x2 (the call, and b::Celsius::Celsius at 21.5)
}

#include "b/config.h"  // expect: undeclared-dependency (the include)

int a_retries() {
  return b::config().retries;  // expect: undeclared-dependency x2 (the call, and the data member b::Config::retries)
}

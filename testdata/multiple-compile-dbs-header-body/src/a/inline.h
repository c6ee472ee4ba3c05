#pragma once
#include "b/feature.h"  // expect: undeclared-dependency

inline int a_level() {
#ifdef FEATURE  // only the second build (-DFEATURE) compiles the call
  return b::feature_level();  // expect: undeclared-dependency (from the second build only)
#else
  return 0;
#endif
}

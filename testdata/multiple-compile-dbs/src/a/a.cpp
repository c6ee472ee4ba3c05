#ifdef FEATURE  // only the second build (-DFEATURE) sees the code below
#include "b/feature.h"  // expect: undeclared-dependency (from the second build only)
#endif

int a_run() {
#ifdef FEATURE
  return b::feature_level();  // expect: undeclared-dependency (from the second build only)
#else
  return 0;
#endif
}

#include "b/internal.h"  // expect: undeclared-dependency (warning); private-access is off

int a_run() { return b::secret(); }  // expect: undeclared-dependency (warning)

#include "b/api.h"
#include "b/internal.h"

int b::open() { return secret(); }
int b::secret() { return 42; }

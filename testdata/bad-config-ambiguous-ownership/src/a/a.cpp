#include "shared/util.h"  // util.h is owned by both a and b

int a_run() { return shared_value(); }

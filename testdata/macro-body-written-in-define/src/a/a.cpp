#include "b/trace.h"

void run() { B_TRACE("started"); }

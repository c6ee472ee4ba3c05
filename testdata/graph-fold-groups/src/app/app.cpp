// app is in no group: it stays a node of its own.
#include "bdlt/bdlt.h"
#include "bdlb/bdlb.h"
int app_main() { return bdlt_six() + bdlb::four(); }

// bdlc is in bdlb's group, but bdlb does not list it.
#include "bdlb/bdlb.h"
#include "bdlc/bdlc.h"
int bdlb_five() { return bdlb::four() + bdlc::three() - 2; }

// bdlb by its own depends_on, bsls by its glob "bsl*".
#include "bdlb/bdlb.h"
#include "bsls/bsls.h"
int bdlt_six() { return bdlb::four() + bsls::one() + 1; }

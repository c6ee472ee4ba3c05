// bsls (layer base, from its group) uses bdlc (layer top).
#include "bsls/bsls.h"
#include "bdlc/bdlc.h"
int bsls_bad() { return bsls::one() + bdlc::three(); }

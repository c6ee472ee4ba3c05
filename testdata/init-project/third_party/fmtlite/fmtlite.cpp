#include "fmtlite.h"
int fmtlite_anchor() { return fmtlite::width(42); }

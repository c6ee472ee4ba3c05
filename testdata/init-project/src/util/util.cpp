#include "util/util.h"
int util_anchor() { return util::twice(1); }

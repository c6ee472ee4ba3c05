#include "b/api.h"
#include "b/detail.h"

int b::api() { return hidden(); }
int b::hidden() { return 4; }

#include "b/api.h"

int b::make_size() { return Impl{3}.n; }

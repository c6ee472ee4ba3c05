#include "b/api.h"

c::Type b::make() { return c::Type{5}; }

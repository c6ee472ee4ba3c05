#include "core/core.h"
#include "core/detail.h"

int core::answer() { return detail_answer(); }

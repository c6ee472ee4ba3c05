#include "b/limits.h"

int b::max_users = 100;

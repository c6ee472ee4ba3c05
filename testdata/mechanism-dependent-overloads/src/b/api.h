#pragma once
#include "b/over_double.h"
#include "b/over_int.h"

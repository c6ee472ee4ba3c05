#pragma once
#include "other/o.h"

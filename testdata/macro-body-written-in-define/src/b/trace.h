#pragma once
#include "c/log.h"
// The call is spelled here: b uses c, whoever expands the macro.
#define B_TRACE(m) ::c::write_log(m)

#pragma once
#include <hdr_base.h>

inline int api() { return other::g(); }

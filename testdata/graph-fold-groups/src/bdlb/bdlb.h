#pragma once
#include "bslma/bslma.h"
namespace bdlb {
inline int four() { return bslma::two() * 2; }
}  // namespace bdlb

#pragma once
#include "bsls/bsls.h"
namespace bslma {
inline int two() { return bsls::one() + 1; }
}  // namespace bslma

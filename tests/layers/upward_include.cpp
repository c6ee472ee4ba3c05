// Compiled with the analyzer layer's include root, this must not build:
// analyzer/ is below rules/, so "rules/finding.h" is not on its include path
// (cmake/SeamsLayers.cmake).
#include "rules/finding.h"

// SEAMS_VERSION comes from CMake's PROJECT_VERSION (base/CMakeLists.txt), for
// this file only, so that a new version rebuilds one file.
#include "base/version.h"

namespace seams {

std::string_view seams_version() { return SEAMS_VERSION; }

}  // namespace seams

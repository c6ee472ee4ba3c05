// The version of seams, as CMake's project() declares it (one place: the
// top-level CMakeLists.txt), and the libclang it was built against.
#pragma once

#include <string_view>

namespace seams {

/// "0.1.0": PROJECT_VERSION of the build.
std::string_view seams_version();

}  // namespace seams

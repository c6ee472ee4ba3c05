#pragma once

#include <string>
#include <string_view>

namespace app {

// Facts about this build of the shop, filled in by the build system in a
// real deployment and hard-coded for the demo.
struct BuildInfo {
    std::string_view product;
    std::string_view version;
    std::string_view environment;  // "dev", "staging", "prod"
    std::string_view compiler;
};

const BuildInfo& build_info();

// "monolith-shop 1.4.0 (dev, g++ 12.2)"
std::string banner();

bool is_production();

}  // namespace app

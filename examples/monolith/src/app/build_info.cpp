#include "app/build_info.h"

namespace app {

namespace {

constexpr std::string_view compiler_name() {
#if defined(__clang__)
    return "clang";
#elif defined(__GNUC__)
    return "g++";
#else
    return "unknown";
#endif
}

}  // namespace

const BuildInfo& build_info() {
    static const BuildInfo info{"monolith-shop", "1.4.0", "dev", compiler_name()};
    return info;
}

std::string banner() {
    const BuildInfo& info = build_info();
    return std::string(info.product) + " " + std::string(info.version) + " (" + std::string(info.environment) +
           ", " + std::string(info.compiler) + ")";
}

bool is_production() {
    return build_info().environment == "prod";
}

}  // namespace app

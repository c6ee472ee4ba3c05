#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Private to users. Not real cryptography: the demo only needs something
// deterministic that is obviously not the plain password.
namespace users::detail {

struct HashParams {
    std::uint32_t rounds = 1000;
    std::string_view pepper = "shop-demo";
};

std::string hash_password(std::string_view password, std::string_view salt,
                          const HashParams& params = {});

bool verify_password(std::string_view password, std::string_view salt,
                     std::string_view expected_hash);

}  // namespace users::detail

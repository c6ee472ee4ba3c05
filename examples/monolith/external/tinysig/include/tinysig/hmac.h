// tinysig: a stand-in for a vendored third-party signing library (think
// OpenSSL's HMAC). seams.yaml declares it under `externals:`; a policy lets
// only the payments module use it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#define TINYSIG_VERSION 3

namespace tinysig {

// FNV-1a over key and message, hex encoded. Not cryptography: a demo.
inline std::string sign(std::string_view key, std::string_view message) {
    std::uint64_t h = 1469598103934665603ull;
    for (std::string_view part : {key, std::string_view("\n"), message}) {
        for (char c : part) {
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        }
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) {
        out[static_cast<std::size_t>(i)] = kHex[h & 0xf];
    }
    return out;
}

}  // namespace tinysig

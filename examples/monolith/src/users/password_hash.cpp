#include "internal/password_hash.h"

#include <cstdio>

namespace users::detail {

namespace {

// FNV-1a, iterated. Good enough for a demo, useless against an attacker.
std::uint64_t fnv1a(std::string_view data, std::uint64_t seed) {
    std::uint64_t hash = seed ^ 1469598103934665603ULL;
    for (const char c : data) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

}  // namespace

std::string hash_password(std::string_view password, std::string_view salt,
                          const HashParams& params) {
    std::uint64_t state = fnv1a(params.pepper, 0);
    for (std::uint32_t round = 0; round < params.rounds; ++round) {
        state = fnv1a(salt, state);
        state = fnv1a(password, state);
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(state));
    return buffer;
}

bool verify_password(std::string_view password, std::string_view salt,
                     std::string_view expected_hash) {
    return hash_password(password, salt) == expected_hash;
}

}  // namespace users::detail

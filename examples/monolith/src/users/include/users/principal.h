#pragma once

#include <cstdint>
#include <string>

namespace users {

// Anything that can act in the shop: a signed-in user, a support agent
// impersonating one, a background job. Used for permission checks and audit.
class Principal {
public:
    virtual ~Principal();

    virtual std::uint64_t principal_id() const = 0;
    virtual std::string display_name() const = 0;
    virtual bool is_human() const = 0;

protected:
    Principal() = default;
    Principal(const Principal&) = default;
    Principal& operator=(const Principal&) = default;
};

}  // namespace users

#pragma once

#include <string>
#include <string_view>

// Private to users: how we redact addresses in logs ("j***@example.com").
// Other modules are supposed to log user ids, never addresses.
namespace users::detail {

inline std::string mask_email(std::string_view email) {
    const std::size_t at = email.find('@');
    if (at == std::string_view::npos || at == 0) {
        return "***";
    }
    std::string masked;
    masked += email.front();
    masked += "***";
    masked += email.substr(at);
    return masked;
}

}  // namespace users::detail

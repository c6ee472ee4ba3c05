#include "users/email.h"

#include <algorithm>
#include <cctype>

namespace users {

bool is_valid_email(std::string_view text) {
    if (text.empty() || text.size() > USERS_EMAIL_MAX_LEN) {
        return false;
    }
    const std::size_t at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    const std::string_view domain = text.substr(at + 1);
    const std::size_t dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

std::optional<Email> Email::parse(std::string_view text) {
    if (!is_valid_email(text)) {
        return std::nullopt;
    }
    std::string lowered(text);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return Email(std::move(lowered));
}

std::string_view Email::local_part() const {
    return std::string_view(value_).substr(0, value_.find('@'));
}

std::string_view Email::domain() const {
    return std::string_view(value_).substr(value_.find('@') + 1);
}

}  // namespace users

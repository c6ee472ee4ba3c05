#include "users/user_directory.h"

#include "internal/email_mask.h"
#include "internal/password_hash.h"

namespace users {

std::optional<UserId> UserDirectory::register_user(std::string name, std::string_view email,
                                                   std::string_view password, Role role) {
    std::optional<Email> parsed = Email::parse(email);
    if (!parsed || find_by_email(parsed->value()) != nullptr) {
        return std::nullopt;
    }
    const UserId id{next_id_++};
    std::string hash = detail::hash_password(password, parsed->value());
    users_.emplace(id.value, Account{User(id, std::move(name), std::move(*parsed), role), std::move(hash)});
    return id;
}

const User* UserDirectory::find(UserId id) const {
    const auto it = users_.find(id.value);
    return it == users_.end() ? nullptr : &it->second.user;
}

const User* UserDirectory::find_by_email(std::string_view email) const {
    for (const auto& [id, account] : users_) {
        if (account.user.email().value() == email) {
            return &account.user;
        }
    }
    return nullptr;
}

bool UserDirectory::authenticate(std::string_view email, std::string_view password) const {
    const User* user = find_by_email(email);
    if (user == nullptr) {
        // Never keep the address itself: support tooling displays this field.
        last_rejected_ = detail::mask_email(email);
        return false;
    }
    const auto it = users_.find(user->id().value);
    return detail::verify_password(password, user->email().value(), it->second.password_hash);
}

}  // namespace users

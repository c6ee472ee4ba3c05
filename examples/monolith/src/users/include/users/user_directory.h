#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "users/user.h"

namespace users {

// In-memory registry of shop accounts with their credentials.
class UserDirectory {
public:
    // Returns the new id, or nullopt when the e-mail is invalid or taken.
    std::optional<UserId> register_user(std::string name, std::string_view email,
                                        std::string_view password, Role role = Role::Customer);

    const User* find(UserId id) const;
    const User* find_by_email(std::string_view email) const;
    bool authenticate(std::string_view email, std::string_view password) const;
    std::size_t size() const { return users_.size(); }
    // Masked address of the last unknown login attempt, for support tooling.
    const std::string& last_rejected_login() const { return last_rejected_; }

private:
    struct Account {
        User user;
        std::string password_hash;
    };

    std::uint64_t next_id_ = 1;
    std::map<std::uint64_t, Account> users_;
    mutable std::string last_rejected_;
};

}  // namespace users

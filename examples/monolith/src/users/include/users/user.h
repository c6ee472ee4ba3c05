#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "users/email.h"
#include "users/principal.h"

// The id recorded for visitors who never signed in.
#define USERS_ANONYMOUS_ID 0ULL

namespace users {

struct UserId {
    std::uint64_t value = USERS_ANONYMOUS_ID;
    auto operator<=>(const UserId&) const = default;
};

enum class Role { Customer, Support, Admin };

std::string_view role_name(Role role);

class User final : public Principal {
public:
    User(UserId id, std::string name, Email email, Role role = Role::Customer);

    UserId id() const { return id_; }
    const std::string& name() const { return name_; }
    const Email& email() const { return email_; }
    Role role() const { return role_; }

    std::uint64_t principal_id() const override { return id_.value; }
    std::string display_name() const override;
    bool is_human() const override { return true; }

private:
    UserId id_;
    std::string name_;
    Email email_;
    Role role_;
};

}  // namespace users

#include "users/user.h"

#include <utility>

namespace users {

Principal::~Principal() = default;

std::string_view role_name(Role role) {
    switch (role) {
        case Role::Customer: return "customer";
        case Role::Support: return "support";
        case Role::Admin: return "admin";
    }
    return "unknown";
}

User::User(UserId id, std::string name, Email email, Role role)
    : id_(id), name_(std::move(name)), email_(std::move(email)), role_(role) {}

std::string User::display_name() const {
    if (role_ == Role::Customer) {
        return name_;
    }
    return name_ + " (" + std::string(role_name(role_)) + ")";
}

}  // namespace users

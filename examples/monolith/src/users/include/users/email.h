#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

// RFC 5321 limit on the length of a forward path.
#define USERS_EMAIL_MAX_LEN 254

namespace users {

// A syntactically valid, lower-cased e-mail address.
class Email {
public:
    static std::optional<Email> parse(std::string_view text);

    const std::string& value() const { return value_; }
    std::string_view local_part() const;
    std::string_view domain() const;

    friend bool operator==(const Email&, const Email&) = default;

private:
    explicit Email(std::string value) : value_(std::move(value)) {}

    std::string value_;
};

bool is_valid_email(std::string_view text);

}  // namespace users

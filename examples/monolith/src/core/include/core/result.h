#pragma once

#include <string>
#include <utility>
#include <variant>

namespace core {

enum class ErrorCode { NotFound, InvalidArgument, OutOfStock, Declined, Conflict };

struct Error {
    ErrorCode code;
    std::string message;
};

const char* error_code_name(ErrorCode code);

// Either a value or an Error. Deliberately tiny: no monadic helpers.
template <typename T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    static Result failure(ErrorCode code, std::string message) {
        return Result(Error{code, std::move(message)});
    }

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    T& value() { return std::get<T>(state_); }
    const T& value() const { return std::get<T>(state_); }
    const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

}  // namespace core

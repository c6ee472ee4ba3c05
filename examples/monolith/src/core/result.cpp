#include "core/result.h"

namespace core {

// Stable names: they end up in logs and in the analytics event stream.
const char* error_code_name(ErrorCode code) {
    switch (code) {
        case ErrorCode::NotFound:
            return "not_found";
        case ErrorCode::InvalidArgument:
            return "invalid_argument";
        case ErrorCode::OutOfStock:
            return "out_of_stock";
        case ErrorCode::Declined:
            return "declined";
        case ErrorCode::Conflict:
            return "conflict";
    }
    return "unknown";
}

}  // namespace core

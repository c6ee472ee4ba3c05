#include "payments/receipt.h"

#include <tinysig/hmac.h>

namespace payments {

std::string signed_receipt(std::string_view reference, std::int64_t minor_units) {
    const std::string line = std::string(reference) + ":" + std::to_string(minor_units);
    return line + ":v" + std::to_string(TINYSIG_VERSION) + ":" + tinysig::sign("receipts", line);
}

}  // namespace payments

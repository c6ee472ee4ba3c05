#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace payments {

// A tamper-evident receipt line for a captured payment. Signing goes through
// the tinysig library, which only payments may use (seams.yaml policy
// `tinysig-only-payments`).
std::string signed_receipt(std::string_view reference, std::int64_t minor_units);

}  // namespace payments

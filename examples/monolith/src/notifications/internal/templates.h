#pragma once

#include <string>
#include <string_view>

// Private to notifications: plain-text templates. A real shop would load
// these from a CMS; the signatures are what the rest of notifications uses.
namespace notifications::detail {

struct Rendered {
    std::string subject;
    std::string body;
};

Rendered render_order_confirmation(std::string_view first_name, std::string_view order_ref,
                                   std::string_view total);

Rendered render_payment_failed(std::string_view first_name, std::string_view order_ref,
                               std::string_view reason);

Rendered render_welcome(std::string_view first_name);

// "Sent 2024-03-01T12:00:00Z": the preview tool's footer.
std::string sent_line();

// "Ada Lovelace" -> "Ada"
std::string_view first_name_of(std::string_view full_name);

}  // namespace notifications::detail

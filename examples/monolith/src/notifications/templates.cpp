#include "internal/templates.h"

#include "core/clock.h"

namespace notifications::detail {

namespace {

constexpr std::string_view kSignature = "\n\n-- \nThe Monolith Shop team\n";

std::string greeting(std::string_view first_name) {
    return "Hello " + std::string(first_name) + ",\n\n";
}

}  // namespace

std::string sent_line() {
    // The preview tool wanted a timestamp, and the real clock was one line away.
    return "Sent " + core::format_iso8601(core::SystemClock().now());  // seams-demo: clock-injected (a policy: only main picks the real clock)
}

std::string_view first_name_of(std::string_view full_name) {
    const std::size_t space = full_name.find(' ');
    return space == std::string_view::npos ? full_name : full_name.substr(0, space);
}

Rendered render_order_confirmation(std::string_view first_name, std::string_view order_ref,
                                   std::string_view total) {
    std::string body = greeting(first_name);
    body += "thank you for your order " + std::string(order_ref) + ".\n";
    body += "We charged " + std::string(total) + " and will ship it shortly.";
    body += kSignature;
    return {"Your order " + std::string(order_ref), body};
}

Rendered render_payment_failed(std::string_view first_name, std::string_view order_ref,
                               std::string_view reason) {
    std::string body = greeting(first_name);
    body += "we could not take payment for " + std::string(order_ref) + " (" + std::string(reason) + ").\n";
    body += "Your items stay reserved for 24 hours.";
    body += kSignature;
    return {"Action needed: " + std::string(order_ref), body};
}

Rendered render_welcome(std::string_view first_name) {
    std::string body = greeting(first_name);
    body += "welcome to the Monolith Shop.";
    body += kSignature;
    return {"Welcome!", body};
}

}  // namespace notifications::detail

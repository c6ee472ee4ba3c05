#include "notifications/notifier.h"

#include <utility>

#include "core/logging.h"
#include "internal/templates.h"
// Resolved through the repository-wide "src" include root that the
// notifications target still carries from before the module split.
#include "users/internal/email_mask.h"  // seams-demo: private-access (#include of another module's internal header via a shared include root)

namespace notifications {

std::string_view channel_name(Channel channel) {
    return channel == Channel::Email ? "email" : "sms";
}

std::string summarize(const Message& message) {
    return std::string(channel_name(message.channel)) + " to " + message.recipient + ": " + message.subject;
}

void Notifier::order_confirmation(const users::User& customer, std::string_view order_ref,
                                  const core::Money& total) {
    auto text = detail::render_order_confirmation(detail::first_name_of(customer.name()), order_ref, total.to_string());
    send(customer, Message{Channel::Email, customer.email().value(), text.subject, text.body, "order_confirmation"});
}

void Notifier::payment_failed(const users::User& customer, std::string_view order_ref, std::string_view reason) {
    auto text = detail::render_payment_failed(detail::first_name_of(customer.name()), order_ref, reason);
    send(customer, Message{Channel::Email, customer.email().value(), text.subject, text.body, "payment_failed"});
}

void Notifier::welcome(const users::User& customer) {
    auto text = detail::render_welcome(detail::first_name_of(customer.name()));
    send(customer, Message{Channel::Email, customer.email().value(), text.subject, text.body, "welcome"});
}

void Notifier::send(const users::User& customer, Message message) {
    const std::string masked = users::detail::mask_email(message.recipient);  // seams-demo: private-access (call to a function declared in another module's internal header)
    CORE_LOG_INFO("notifications", message.template_id + " queued for " + masked);
    tracker_.record("email_sent", customer.id().value, {{"template", message.template_id}});  // seams-demo: cycle (member call closing app -> notifications -> analytics -> app)
    outbox_.push_back(std::move(message));
}

}  // namespace notifications

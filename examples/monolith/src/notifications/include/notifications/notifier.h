#pragma once

#include <string_view>
#include <vector>

#include "analytics/tracker.h"
#include "core/money.h"
#include "notifications/message.h"
#include "users/user.h"

namespace notifications {

// Renders customer-facing messages and queues them for delivery. Every sent
// message is also reported to analytics as an "email_sent" event.
class Notifier {
public:
    explicit Notifier(analytics::Tracker& tracker) : tracker_(tracker) {}

    void order_confirmation(const users::User& customer, std::string_view order_ref,
                            const core::Money& total);
    void payment_failed(const users::User& customer, std::string_view order_ref,
                        std::string_view reason);
    void welcome(const users::User& customer);

    const std::vector<Message>& outbox() const { return outbox_; }

private:
    void send(const users::User& customer, Message message);

    analytics::Tracker& tracker_;
    std::vector<Message> outbox_;
};

}  // namespace notifications

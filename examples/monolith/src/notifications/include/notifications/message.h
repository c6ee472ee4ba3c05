#pragma once

#include <string>
#include <string_view>

namespace notifications {

enum class Channel { Email, Sms };

std::string_view channel_name(Channel channel);

// A rendered message, ready for a delivery channel.
struct Message {
    Channel channel = Channel::Email;
    std::string recipient;
    std::string subject;
    std::string body;
    std::string template_id;
};

// Short one-line form for logs and the demo output.
std::string summarize(const Message& message);

}  // namespace notifications

#pragma once

namespace notifications {

// How long to wait before resending a message, in milliseconds.
int retry_delay_ms(int attempt);

}  // namespace notifications

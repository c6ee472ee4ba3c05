#include "notifications/retry.h"

#include <cstdlib>

namespace notifications {

// Exponential backoff with jitter. A comment that names std::rand() is no use
// of it: seams reads the code, not the text.
int retry_delay_ms(int attempt) {
    const int base = 100 << (attempt < 6 ? attempt : 6);
    return base + std::rand() % base;  // seams-demo: no-rand (banned symbol, called through its std:: alias)
}

}  // namespace notifications

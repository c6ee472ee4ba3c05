#include "orders/order_token.h"

#include <tinysig/hmac.h>  // seams-demo: tinysig-only-payments (#include of a library only payments may use)

namespace orders {

std::string order_token(OrderId id) {
    return tinysig::sign("status-page", to_display(id));  // seams-demo: tinysig-only-payments (call into the library)
}

}  // namespace orders

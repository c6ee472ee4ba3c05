#include <cstdlib>
#include <fastjson/json.h>

#include "domain/order.h"
#include "io/config.h"

int main() {
  const int jitter = std::rand() % 10;  // ::rand through its std:: alias
  const fastjson::detail::Buffer raw{"{}"};
  return io::load_config("{}") + domain::order_total({jitter}) +
         fastjson::parse(raw).status;
}

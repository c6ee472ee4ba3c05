#include "io/config.h"

#include <fastjson/json.h>

namespace io {
// The one module allowed to use fastjson.
int load_config(const char* text) {
  const fastjson::Value v = fastjson::parse({text});
  return v.status == FASTJSON_OK ? 0 : 1;
}
}  // namespace io

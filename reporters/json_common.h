// JSON building blocks shared by the JSON reporters (nlohmann/json stays in
// reporters' .cpp).
#pragma once

#include <nlohmann/json.hpp>

#include "graph/graph.h"

namespace seams {

/// {"file", "line", "column", "kind", "symbol", "target", "context"?}
inline nlohmann::ordered_json evidence_json(const Evidence& e) {
  nlohmann::ordered_json j{
      {"file", e.file},     {"line", e.line},
      {"column", e.column}, {"kind", std::string(to_string(e.kind))},
      {"symbol", e.symbol}, {"target", e.target}};
  if (!e.context.empty()) j["context"] = e.context;
  return j;
}

}  // namespace seams

// Implements facts_io.h with nlohmann/json's MessagePack; arrays, not objects,
// keep it small.
#include "analyzer/facts_io.h"

#include <nlohmann/json.hpp>

namespace seams {
using Json = nlohmann::json;

std::string encode_facts(const TuFacts& f) {
  Json uses = Json::array(), decls = Json::array(), classes = Json::array();
  for (const auto& u : f.uses)
    uses.push_back({u.file.str(), u.line, u.column, static_cast<int>(u.kind),
                    u.symbol.str(), u.usr.str(), u.target_file.str(),
                    u.context.str()});
  for (const auto& d : f.decls)
    decls.push_back(
        {d.usr.str(), d.file.str(), static_cast<int>(d.kind), d.is_definition});
  for (const auto& c : f.classes)
    classes.push_back({c.usr, c.name, c.file, c.is_abstract});
  Json j = {1,       f.main_file,    uses,     decls,         classes,
            f.files, f.dependencies, f.failed, f.error_count, f.first_errors};
  std::vector<std::uint8_t> bytes = Json::to_msgpack(j);
  return std::string(bytes.begin(), bytes.end());
}

namespace {
// Interned straight from the decoded string, no copy kept.
Atom text(const Json& j) { return Atom(j.get_ref<const std::string&>()); }
}  // namespace

std::optional<TuFacts> decode_facts(std::string_view bytes) {
  try {
    Json j = Json::from_msgpack(bytes);
    if (!j.is_array() || j.size() != 10 || j[0] != 1) return std::nullopt;
    TuFacts f;
    f.main_file = j[1];
    for (const auto& u : j[2])
      f.uses.push_back({text(u[0]), u[1], u[2],
                        static_cast<UseKind>(u[3].get<int>()), text(u[4]),
                        text(u[5]), text(u[6]), text(u[7])});
    for (const auto& d : j[3])
      f.decls.push_back({text(d[0]), text(d[1]),
                         static_cast<DeclKind>(d[2].get<int>()), d[3]});
    for (const auto& c : j[4]) f.classes.push_back({c[0], c[1], c[2], c[3]});
    f.files = j[5].get<std::vector<std::string>>();
    f.dependencies = j[6].get<std::vector<std::string>>();
    f.failed = j[7];
    f.error_count = j[8];
    f.first_errors = j[9].get<std::vector<std::string>>();
    return f;
  } catch (const std::exception&) {
    return std::nullopt;  // any malformed input: the caller treats it as
                          // missing
  }
}

}  // namespace seams

// Implements facts_io.h with nlohmann/json's MessagePack. Every string of the
// uses and declarations (paths, USRs, names: each repeated many times) is
// stored once in a table, and a use is eight integers in one flat array: the
// encoding is small, and decoding it builds a document of integers, not of
// millions of strings (the fact cache of abseil-cpp: 55 MB and a 460 MB peak
// with strings inline).
#include "analyzer/facts_io.h"

#include <nlohmann/json.hpp>
#include <unordered_map>

namespace seams {
namespace {

using Json = nlohmann::json;
constexpr int kVersion = 3;
constexpr std::size_t kUseFields = 8;
constexpr std::size_t kDeclFields = 4;
constexpr std::size_t kExternalUseFields = 7;  // a use without its USR

// Numbers atoms in order of first appearance.
class StringTable {
 public:
  std::uint32_t id(const Atom& a) {
    auto [it, fresh] =
        ids_.try_emplace(a, static_cast<std::uint32_t>(strings_.size()));
    if (fresh) strings_.push_back(a.str());
    return it->second;
  }
  Json take() && { return std::move(strings_); }

 private:
  std::unordered_map<Atom, std::uint32_t> ids_;
  Json strings_ = Json::array();
};

}  // namespace

std::string encode_facts(const TuFacts& f) {
  StringTable table;
  std::vector<std::uint64_t> uses;
  uses.reserve(f.uses.size() * kUseFields);
  for (const auto& u : f.uses)
    uses.insert(uses.end(), {table.id(u.file), u.line, u.column,
                             static_cast<std::uint64_t>(u.kind),
                             table.id(u.symbol), table.id(u.usr),
                             table.id(u.target_file), table.id(u.context)});
  std::vector<std::uint64_t> decls;
  decls.reserve(f.decls.size() * kDeclFields);
  for (const auto& d : f.decls)
    decls.insert(decls.end(), {table.id(d.usr), table.id(d.file),
                               static_cast<std::uint64_t>(d.kind),
                               d.is_definition ? 1u : 0u});
  std::vector<std::uint64_t> external;
  external.reserve(f.external_uses.size() * kExternalUseFields);
  for (const auto& u : f.external_uses)
    external.insert(
        external.end(),
        {table.id(u.file), u.line, u.column, static_cast<std::uint64_t>(u.kind),
         table.id(u.symbol), table.id(u.target_file), table.id(u.context)});
  Json classes = Json::array();
  for (const auto& c : f.classes)
    classes.push_back({c.usr, c.name, c.file, c.is_abstract});
  Json j = {kVersion,      f.main_file,    std::move(table).take(),
            uses,          decls,          classes,
            f.files,       f.dependencies, f.failed,
            f.error_count, f.first_errors, external,
            f.include_dirs};
  std::vector<std::uint8_t> bytes = Json::to_msgpack(j);
  return std::string(bytes.begin(), bytes.end());
}

std::optional<TuFacts> decode_facts(std::string_view bytes) {
  try {
    Json j = Json::from_msgpack(bytes);
    if (!j.is_array() || j.size() != 13 || j[0] != kVersion)
      return std::nullopt;
    TuFacts f;
    f.main_file = j[1];
    std::vector<Atom> atoms;
    atoms.reserve(j[2].size());
    for (const auto& s : j[2])
      atoms.emplace_back(s.get_ref<const std::string&>());
    // .at() throws on an index out of the table: a corrupt input, not a crash.
    auto atom = [&](const Json& v) { return atoms.at(v.get<std::size_t>()); };
    const Json& uses = j[3];
    if (uses.size() % kUseFields != 0) return std::nullopt;
    f.uses.reserve(uses.size() / kUseFields);
    for (std::size_t i = 0; i < uses.size(); i += kUseFields)
      f.uses.push_back({atom(uses[i]), uses[i + 1].get<std::uint32_t>(),
                        uses[i + 2].get<std::uint32_t>(),
                        static_cast<UseKind>(uses[i + 3].get<int>()),
                        atom(uses[i + 4]), atom(uses[i + 5]), atom(uses[i + 6]),
                        atom(uses[i + 7])});
    const Json& decls = j[4];
    if (decls.size() % kDeclFields != 0) return std::nullopt;
    f.decls.reserve(decls.size() / kDeclFields);
    for (std::size_t i = 0; i < decls.size(); i += kDeclFields)
      f.decls.push_back({atom(decls[i]), atom(decls[i + 1]),
                         static_cast<DeclKind>(decls[i + 2].get<int>()),
                         decls[i + 3].get<int>() != 0});
    const Json& external = j[11];
    if (external.size() % kExternalUseFields != 0) return std::nullopt;
    f.external_uses.reserve(external.size() / kExternalUseFields);
    for (std::size_t i = 0; i < external.size(); i += kExternalUseFields)
      f.external_uses.push_back(
          {atom(external[i]), external[i + 1].get<std::uint32_t>(),
           external[i + 2].get<std::uint32_t>(),
           static_cast<UseKind>(external[i + 3].get<int>()),
           atom(external[i + 4]), Atom(), atom(external[i + 5]),
           atom(external[i + 6])});
    f.include_dirs = j[12].get<std::vector<std::string>>();
    for (const auto& c : j[5]) f.classes.push_back({c[0], c[1], c[2], c[3]});
    f.files = j[6].get<std::vector<std::string>>();
    f.dependencies = j[7].get<std::vector<std::string>>();
    f.failed = j[8];
    f.error_count = j[9];
    f.first_errors = j[10].get<std::vector<std::string>>();
    return f;
  } catch (const std::exception&) {
    return std::nullopt;  // any malformed input: the caller treats it as
                          // missing
  }
}

}  // namespace seams

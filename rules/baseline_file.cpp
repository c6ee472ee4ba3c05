// Reads and writes the baseline file (seams-baseline.json): pretty, sorted
// JSON that a reviewer can read in a diff. Every problem with the file becomes
// a diagnostic with file:line:column; nlohmann's exceptions stop here.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "base/file_io.h"
#include "base/json_input.h"
#include "rules/baseline.h"

namespace seams {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kVersion = 1;
const std::set<std::string> kEntryKeys = {"rule",    "from",  "to",
                                          "modules", "file",  "kind",
                                          "symbol",  "count", "fingerprint"};

using Position = TextPosition;

// JSON text must be UTF-8, but a path need not be (a Latin-1 file name).
// Such a string is written as {"text": <with U+FFFD>, "hex": <its bytes>}:
// readable in a diff, and exact, so its fingerprint and key survive a round
// trip. Valid UTF-8 (every other string) stays a plain string.
bool is_utf8(const std::string& s) {
  try {
    (void)Json(s).dump();
    return true;
  } catch (const Json::type_error&) {
    return false;
  }
}

Json raw_text_json(const std::string& s) {
  if (is_utf8(s)) return s;
  Json j;
  // nlohmann's own replacement (each bad byte -> U+FFFD), as the JSON report
  // writes the same path.
  j["text"] =
      Json::parse(Json(s).dump(-1, ' ', false, Json::error_handler_t::replace));
  std::string hex;
  for (unsigned char c : s) hex += fmt::format("{:02x}", c);
  j["hex"] = hex;
  return j;
}

std::optional<std::string> from_hex(const std::string& hex) {
  if (hex.size() % 2 != 0) return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    int byte = 0;
    for (char c : hex.substr(i, 2)) {
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return std::nullopt;
      byte = byte * 16 + d;
    }
    out.push_back(static_cast<char>(byte));
  }
  return out;
}

class Reader {
 public:
  Reader(std::string path, std::string text, Diagnostics& diags)
      : path_(std::move(path)),
        text_(std::move(text)),
        positions_(array_element_positions(text_, 1)),
        diags_(diags) {}

  std::optional<Baseline> read();

 private:
  void error(Position p, const std::string& message) {
    diags_.error(path_, p.line, p.column, message,
                 read_source_line(path_, p.line));
  }
  std::optional<BaselineEntry> entry(const Json& j, std::size_t index);
  bool string_field(const Json& j, const char* name, std::string& out,
                    Position at, std::size_t index);

  std::string path_;
  std::string text_;
  std::vector<Position> positions_;
  Diagnostics& diags_;
};

bool Reader::string_field(const Json& j, const char* name, std::string& out,
                          Position at, std::size_t index) {
  if (!j.contains(name)) return true;
  const Json& v = j[name];
  if (v.is_object() && v.contains("hex") && v["hex"].is_string()) {
    // A path or symbol that is not UTF-8, written by raw_text_json.
    if (auto bytes = from_hex(v["hex"].get<std::string>());
        bytes && !bytes->empty()) {
      out = std::move(*bytes);
      return true;
    }
    error(at, fmt::format("entry {}: '{}.hex' must be a non-empty string of "
                          "hex digit pairs",
                          index + 1, name));
    return false;
  }
  if (!v.is_string() || v.get<std::string>().empty()) {
    error(at, fmt::format("entry {}: '{}' must be a non-empty string",
                          index + 1, name));
    return false;
  }
  out = v.get<std::string>();
  return true;
}

std::optional<BaselineEntry> Reader::entry(const Json& j, std::size_t index) {
  const Position at =
      index < positions_.size() ? positions_[index] : Position{};
  if (!j.is_object()) {
    error(at, fmt::format("entry {}: expected an object", index + 1));
    return std::nullopt;
  }
  for (const auto& [key, value] : j.items()) {
    if (!kEntryKeys.count(key)) {
      error(at, fmt::format("entry {}: unknown key '{}'; expected one of: {}",
                            index + 1, key, fmt::join(kEntryKeys, ", ")));
      return std::nullopt;
    }
  }
  BaselineEntry e;
  e.line = at.line;
  ViolationKey& k = e.key;
  std::string given;
  bool ok = string_field(j, "rule", k.rule, at, index) &&
            string_field(j, "from", k.from, at, index) &&
            string_field(j, "to", k.to, at, index) &&
            string_field(j, "file", k.file, at, index) &&
            string_field(j, "kind", k.kind, at, index) &&
            string_field(j, "symbol", k.symbol, at, index) &&
            string_field(j, "fingerprint", given, at, index);
  if (!ok) return std::nullopt;
  if (j.contains("modules")) {
    const Json& m = j["modules"];
    // One module: a finding about one file of it (parse-failure).
    if (!m.is_array() || m.empty() ||
        !std::all_of(m.begin(), m.end(),
                     [](const Json& x) { return x.is_string(); })) {
      error(at, fmt::format("entry {}: 'modules' must be a list of module "
                            "names",
                            index + 1));
      return std::nullopt;
    }
    for (const Json& x : m) k.modules.push_back(x.get<std::string>());
  }
  if (k.rule.empty() || given.empty()) {
    error(at, fmt::format("entry {}: 'rule' and 'fingerprint' are required",
                          index + 1));
    return std::nullopt;
  }
  if (!j.contains("count") || !j["count"].is_number_integer() ||
      j["count"].get<std::int64_t>() < 1 ||
      j["count"].get<std::int64_t>() > 1000000000) {
    error(at, fmt::format("entry {}: 'count' must be a positive integer",
                          index + 1));
    return std::nullopt;
  }
  e.count = static_cast<int>(j["count"].get<std::int64_t>());
  if (const std::string want = fingerprint(k); given != want) {
    error(at, fmt::format("entry {}: fingerprint '{}' does not match the "
                          "entry's fields (expected '{}'); restore the fields "
                          "or regenerate the file with 'seams baseline'",
                          index + 1, given, want));
    return std::nullopt;
  }
  return e;
}

std::optional<Baseline> Reader::read() {
  Json doc;
  if (const auto e = parse_json(text_, doc)) {
    error(position_of(text_, e->offset),
          fmt::format("malformed baseline: {}", e->message));
    return std::nullopt;
  }
  if (!doc.is_object() || !doc.contains("version") ||
      !doc.contains("entries") || !doc["entries"].is_array()) {
    error({},
          "malformed baseline: expected an object with 'version' and an "
          "'entries' list");
    return std::nullopt;
  }
  for (const auto& [key, value] : doc.items()) {
    if (key != "version" && key != "entries" && key != "$schema") {
      error({}, fmt::format("malformed baseline: unknown key '{}'", key));
      return std::nullopt;
    }
  }
  if (doc["version"] != kVersion) {
    error({}, fmt::format("unsupported baseline version {}; this seams reads "
                          "version {}",
                          doc["version"].dump(), kVersion));
    return std::nullopt;
  }
  Baseline b;
  std::set<ViolationKey> seen;
  for (std::size_t i = 0; i < doc["entries"].size(); ++i) {
    auto e = entry(doc["entries"][i], i);
    if (!e) continue;
    if (!seen.insert(e->key).second) {
      error({e->line, 1, {}},
            fmt::format("entry {}: the same violation is listed twice; merge "
                        "the entries by adding their counts",
                        i + 1));
      continue;
    }
    b.entries.push_back(std::move(*e));
  }
  if (diags_.has_errors()) return std::nullopt;
  std::sort(b.entries.begin(), b.entries.end(),
            [](const auto& x, const auto& y) { return x.key < y.key; });
  return b;
}

Json entry_json(const BaselineEntry& e) {
  const ViolationKey& k = e.key;
  Json j;
  j["rule"] = k.rule;
  for (const auto& [name, value] : {std::pair{"from", &k.from},
                                    {"to", &k.to},
                                    {"file", &k.file},
                                    {"kind", &k.kind},
                                    {"symbol", &k.symbol}}) {
    if (!value->empty()) j[name] = raw_text_json(*value);
  }
  if (!k.modules.empty()) j["modules"] = k.modules;
  j["count"] = e.count;
  j["fingerprint"] = fingerprint(k);
  return j;
}

}  // namespace

std::optional<Baseline> read_baseline(const std::string& path,
                                      Diagnostics& diags) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    diags.error(path, 0, 0,
                "cannot read the baseline: it is a directory; give the "
                "baseline file, e.g. seams-baseline.json");
    return std::nullopt;
  }
  FileText file = read_file(path);
  if (!file.ok()) {
    diags.error(path, 0, 0,
                "cannot read the baseline: no such file or not readable; "
                "create it with 'seams baseline'");
    return std::nullopt;
  }
  return Reader(path, std::move(file.text), diags).read();
}

std::string baseline_json(const Baseline& baseline) {
  Json doc;
  doc["version"] = kVersion;
  Json entries = Json::array();
  for (const BaselineEntry& e : baseline.entries)
    entries.push_back(entry_json(e));
  doc["entries"] = entries;
  return doc.dump(2) + "\n";
}

}  // namespace seams

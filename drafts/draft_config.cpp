// Implements draft_config.h. Written by hand rather than with yaml-cpp's
// emitter: the emitter cannot put a comment on its own line above a key, and
// the comments are what make a draft reviewable.
#include "drafts/draft_config.h"

#include <fmt/format.h>

#include <cctype>

namespace seams {
namespace {

// A plain YAML scalar that reads back as the same string: letters, digits and
// `_ . / + -`, starting with a letter, digit or `_` and not a word YAML 1.1
// readers take for a bool or null.
bool plain_ok(const std::string& s) {
  if (s.empty()) return false;
  const unsigned char first = static_cast<unsigned char>(s.front());
  if (!std::isalnum(first) && first != '_') return false;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (!std::isalnum(u) && c != '_' && c != '.' && c != '/' && c != '+' &&
        c != '-')
      return false;
  }
  static const char* const kWords[] = {"y",   "n",    "yes",   "no",   "on",
                                       "off", "true", "false", "null", "~"};
  std::string lower;
  for (const char c : s)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* w : kWords)
    if (lower == w) return false;
  // A number would read back as one.
  bool numeric = true;
  for (const char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != '-' &&
        c != '+')
      numeric = false;
  return !numeric;
}

std::string name(const std::string& s) {
  return plain_ok(s) ? s : yaml_quoted(s);
}

std::string flow(const std::vector<std::string>& items, bool quote_all) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += quote_all ? yaml_quoted(items[i]) : name(items[i]);
  }
  return out + "]";
}

void comments(std::string& out, const std::vector<std::string>& lines,
              std::string_view indent) {
  for (const std::string& l : lines)
    out += l.empty() ? fmt::format("{}#\n", indent)
                     : fmt::format("{}# {}\n", indent, l);
}

}  // namespace

std::string yaml_quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\x{:02x}", u);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string draft_yaml(const DraftConfig& d) {
  std::string out;
  comments(out, d.header, "");
  out += "version: 1\n";
  if (!d.layers.empty())
    out += fmt::format("layers: {}\n", flow(d.layers, false));
  if (!d.exclude.empty())
    out += fmt::format("exclude: {}\n", flow(d.exclude, true));
  if (!d.depends_on_mode.empty())
    out += fmt::format("depends_on_mode: {}\n", d.depends_on_mode);
  out += "modules:\n";
  for (const DraftModule& m : d.modules) {
    comments(out, m.notes, "  ");
    out += fmt::format("  {}:\n", name(m.name));
    out += fmt::format("    paths: {}\n", flow(m.paths, true));
    if (!m.public_.empty())
      out += fmt::format("    public: {}\n", flow(m.public_, true));
    if (m.depends_on)
      out += fmt::format("    depends_on: {}\n", flow(*m.depends_on, false));
    if (!m.layer.empty()) out += fmt::format("    layer: {}\n", name(m.layer));
  }
  return out;
}

}  // namespace seams

// Implements the diagnostics sink declared in diagnostics.h.
#include "base/diagnostics.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>

namespace seams {

void Diagnostics::add(Diagnostic d) {
  if (d.level == DiagLevel::error) ++errors_;
  diags_.push_back(std::move(d));
}

void Diagnostics::error(std::string file, int line, int column,
                        std::string message, std::string source_line) {
  add({DiagLevel::error, std::move(file), line, column, std::move(message),
       std::move(source_line)});
}

void Diagnostics::warning(std::string file, int line, int column,
                          std::string message, std::string source_line) {
  add({DiagLevel::warning, std::move(file), line, column, std::move(message),
       std::move(source_line)});
}

void Diagnostics::error(std::string message) {
  add({DiagLevel::error, {}, 0, 0, std::move(message), {}});
}

void Diagnostics::warning(std::string message) {
  add({DiagLevel::warning, {}, 0, 0, std::move(message), {}});
}

std::string format_location(const Diagnostic& d) {
  if (d.file.empty()) return {};
  if (d.line <= 0) return fmt::format("{}: ", d.file);
  if (d.column <= 0) return fmt::format("{}:{}: ", d.file, d.line);
  return fmt::format("{}:{}:{}: ", d.file, d.line, d.column);
}

std::string read_source_line(const std::string& path, int line) {
  std::ifstream in(path);
  std::string text;
  for (int i = 1; i <= line && std::getline(in, text); ++i) {
    if (i == line) {
      if (!text.empty() && text.back() == '\r') text.pop_back();
      return text;
    }
  }
  return {};
}

namespace {

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// `pos` moved back to the start of the UTF-8 sequence it is in.
std::size_t char_start(const std::string& s, std::size_t pos) {
  while (pos > 0 && pos < s.size() && continuation(s[pos])) --pos;
  return pos;
}

}  // namespace

SourceExcerpt excerpt(const std::string& line, int column, std::size_t width) {
  if (line.size() <= width) return {line, column};
  const std::size_t caret =
      column > 0 ? std::min(static_cast<std::size_t>(column - 1), line.size())
                 : 0;
  std::size_t begin = caret > width / 2 ? caret - width / 2 : 0;
  begin = std::min(begin, line.size() - width);
  begin = char_start(line, begin);
  const std::size_t end =
      char_start(line, std::min(line.size(), begin + width));
  SourceExcerpt e;
  if (begin > 0) e.text = "...";
  e.text += line.substr(begin, end - begin);
  if (end < line.size()) e.text += "...";
  if (column > 0)
    e.column = static_cast<int>(caret - begin + (begin > 0 ? 3 : 0)) + 1;
  return e;
}

std::string shorten(const std::string& text, std::size_t max) {
  if (text.size() <= max) return text;
  return text.substr(0, char_start(text, max)) + "...";
}

}  // namespace seams

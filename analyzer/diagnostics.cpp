// Implements the diagnostics sink declared in diagnostics.h.
#include "analyzer/diagnostics.h"

#include <fmt/format.h>

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

}  // namespace seams

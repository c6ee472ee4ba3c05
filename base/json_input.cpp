// Positions in JSON text; see json_input.h.
#include "base/json_input.h"

#include <algorithm>
#include <type_traits>

namespace seams {
namespace {

bool is_json_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

TextPosition position_at(std::string_view text, std::size_t line_start,
                         int line, std::size_t offset) {
  std::size_t line_end = text.find('\n', line_start);
  if (line_end == std::string_view::npos) line_end = text.size();
  if (line_end > line_start && text[line_end - 1] == '\r') --line_end;
  return {line, static_cast<int>(offset - line_start) + 1,
          text.substr(line_start, line_end - line_start)};
}

// nlohmann reports the last character it read; when that closes a string,
// the caret reads better under the string's opening quote.
std::size_t token_start(std::string_view text, std::size_t offset) {
  if (offset >= text.size() || text[offset] != '"' || offset == 0)
    return offset;
  for (std::size_t i = offset; i-- > 0;)
    if (text[i] == '"' && (i == 0 || text[i - 1] != '\\')) return i;
  return offset;
}

// "[json.exception.parse_error.101] parse error at line 3, column 3: syntax
// error ..." -> "syntax error ..." (the location is already ours).
std::string error_text(std::string what) {
  if (auto end = what.find("] "); end != std::string::npos)
    what.erase(0, end + 2);
  if (what.starts_with("parse error")) {
    if (auto col = what.find(", column "); col != std::string::npos) {
      if (auto colon = what.find(": ", col); colon != std::string::npos)
        what.erase(0, colon + 2);
    }
  }
  return what;
}

// nlohmann's DOM builder, keeping where parsing stopped: the exception it
// throws for a number beyond a double carries no position.
template <class BasicJson>
class PositionedDomParser
    : public nlohmann::detail::json_sax_dom_parser<BasicJson> {
 public:
  PositionedDomParser(BasicJson& doc, std::string_view text)
      : nlohmann::detail::json_sax_dom_parser<BasicJson>(
            doc, /*allow_exceptions_=*/false),
        text_(text) {}

  template <class Exception>
  bool parse_error(std::size_t position, const std::string& last_token,
                   const Exception& ex) {
    // A syntax error's position is 1-based and just past the offending byte;
    // an overflow's is just past the number: point at its first digit.
    constexpr bool syntax =
        std::is_same_v<Exception, nlohmann::detail::parse_error>;
    const std::size_t back = syntax ? 1 : last_token.size();
    const std::size_t at = position >= back ? position - back : 0;
    error =
        JsonError{syntax ? token_start(text_, at) : at, error_text(ex.what())};
    return false;
  }

  std::optional<JsonError> error;

 private:
  std::string_view text_;
};

template <class BasicJson>
std::optional<JsonError> parse_with_positions(std::string_view text,
                                              BasicJson& doc) {
  PositionedDomParser<BasicJson> parser(doc, text);
  BasicJson::sax_parse(text, &parser);
  if (parser.error) doc = BasicJson();
  return parser.error;
}

}  // namespace

TextPosition position_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::size_t newline = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t line_start =
      newline == std::string_view::npos || offset == 0 ? 0 : newline + 1;
  const auto line =
      1 + std::count(text.begin(),
                     text.begin() + static_cast<std::ptrdiff_t>(line_start),
                     '\n');
  return position_at(text, line_start, static_cast<int>(line), offset);
}

std::vector<TextPosition> array_element_positions(std::string_view text,
                                                  int array_depth) {
  std::vector<TextPosition> out;
  std::vector<char> open;  // the containers around the current byte
  int line = 1;
  std::size_t line_start = 0;
  bool in_string = false;
  bool expect_element = false;
  const auto depth = static_cast<std::size_t>(array_depth);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      // Valid JSON has no raw newline in a string, so no line is skipped.
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '\n') {
      ++line;
      line_start = i + 1;
    }
    if (expect_element && !is_json_space(c) && c != ']') {
      out.push_back(position_at(text, line_start, line, i));
      expect_element = false;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      expect_element = c == '[' && open.size() == depth;
      open.push_back(c);
    } else if (c == '}' || c == ']') {
      expect_element = false;  // "[]" has no element
      if (!open.empty()) open.pop_back();
      // What follows the top-level value is no element: the parser may have
      // stopped there (at a NUL byte, which nlohmann reads as the end).
      if (open.empty()) break;
    } else if (c == ',') {
      expect_element = open.size() == depth + 1 && open.back() == '[';
    }
  }
  return out;
}

std::optional<JsonError> parse_json(std::string_view text,
                                    nlohmann::json& doc) {
  return parse_with_positions(text, doc);
}

std::optional<JsonError> parse_json(std::string_view text,
                                    nlohmann::ordered_json& doc) {
  return parse_with_positions(text, doc);
}

}  // namespace seams

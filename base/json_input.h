// JSON that users write (compile DBs, baselines), read with positions: nlohmann
// keeps none, so errors and entries are located here, in one pass each, and
// every message about such a file can name its line and column.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seams {

/// Where a byte of a text is, and its line's text for the caret.
struct TextPosition {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in bytes
  std::string_view source_line;
};

/// Position of byte `offset` in `text`.
TextPosition position_of(std::string_view text, std::size_t offset);

/// Where each element of the arrays opened at nesting depth `array_depth`
/// starts (0: the top-level value is the array; 1: an array in the top-level
/// object or array), objects and scalars alike, in one pass over valid JSON:
/// counting lines from the start for each entry took minutes for 100 000.
std::vector<TextPosition> array_element_positions(std::string_view text,
                                                  int array_depth);

/// Malformed JSON: where, and nlohmann's message without its exception id and
/// its own line and column ("syntax error while parsing array - unexpected
/// '{'; expected ']'").
struct JsonError {
  std::size_t offset = 0;  // the offending token (a string: its opening quote)
  std::string message;
};

/// Parses `text` into `doc`. A number beyond a double ("1e400") is an error at
/// the number, like any syntax error; nothing throws.
std::optional<JsonError> parse_json(std::string_view text, nlohmann::json& doc);
std::optional<JsonError> parse_json(std::string_view text,
                                    nlohmann::ordered_json& doc);

}  // namespace seams

// base/json_input.h: positions of array elements and of parse errors.
#include "base/json_input.h"

#include <catch2/catch.hpp>
#include <string>

namespace seams {
namespace {

TEST_CASE("array elements are found at their line and column") {
  const std::string text = "[\n  {\"a\": [1, 2]},\n  \"x\", 3\n]";
  const auto top = array_element_positions(text, 0);
  REQUIRE(top.size() == 3);
  CHECK(top[0].line == 2);
  CHECK(top[0].column == 3);
  CHECK(top[1].line == 3);
  CHECK(top[2].column == 8);
  const auto nested = array_element_positions(text, 2);
  REQUIRE(nested.size() == 2);  // 1 and 2, inside the object's array
  CHECK(nested[1].column == 13);
}

TEST_CASE("only the first top-level value has elements") {
  // nlohmann stops at a NUL byte; what follows is not part of the document.
  std::string text = "[]";
  text += std::string(4, '\0');
  text += "[ {\"directory\": 1} ]";
  nlohmann::json doc;
  CHECK_FALSE(parse_json(text, doc));
  CHECK(doc.size() == array_element_positions(text, 0).size());
}

TEST_CASE("a baseline's entries: elements of an array inside the object") {
  const std::string text =
      "{\"meta\": {\"a\": 1, \"b\": 2}, \"entries\": [{\"x\": 1}, {\"y\": 2}]}";
  CHECK(array_element_positions(text, 1).size() == 2);
}

TEST_CASE("parse errors point at the offending token, overflow at the number") {
  nlohmann::ordered_json doc;
  const std::string bad = "{\"a\": 1 \"b\": 2}";
  auto e = parse_json(bad, doc);
  REQUIRE(e);
  CHECK(e->offset == 8);  // the opening quote of "b"
  CHECK(e->message.starts_with("syntax error while parsing object"));
  const std::string big = "[1, 1e400]";
  e = parse_json(big, doc);
  REQUIRE(e);
  CHECK(e->offset == 4);
  CHECK(e->message == "number overflow parsing '1e400'");
  CHECK(position_of(big, e->offset).column == 5);
}

}  // namespace
}  // namespace seams

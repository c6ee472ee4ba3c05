// Tests of base/diagnostics.h: what a message shows of a very long input
// line (a minified compile DB is one line of megabytes) and of a huge value.
#include "base/diagnostics.h"

#include <catch2/catch.hpp>

namespace seams {
namespace {

TEST_CASE("a short source line is shown whole with its caret") {
  const SourceExcerpt e = excerpt("  paths: [src/**]", 12);
  CHECK(e.text == "  paths: [src/**]");
  CHECK(e.column == 12);
}

TEST_CASE("a long source line is cut around the column, the caret follows") {
  std::string line(10000, 'a');
  line[5000] = 'X';
  const SourceExcerpt e = excerpt(line, 5001, 100);
  CHECK(e.text.size() <= 106);
  CHECK(e.text.starts_with("..."));
  CHECK(e.text.ends_with("..."));
  REQUIRE(e.column > 0);
  CHECK(e.text[static_cast<std::size_t>(e.column - 1)] == 'X');
}

TEST_CASE("a long line cut near its start or end has one ellipsis") {
  const std::string line = "X" + std::string(1000, 'b') + "Y";
  const SourceExcerpt head = excerpt(line, 1, 100);
  CHECK(head.text.substr(0, 1) == "X");
  CHECK(head.text.ends_with("..."));
  CHECK(head.column == 1);
  const SourceExcerpt tail = excerpt(line, 1002, 100);
  CHECK(tail.text.starts_with("..."));
  CHECK(tail.text.ends_with("Y"));
  CHECK(tail.text[static_cast<std::size_t>(tail.column - 1)] == 'Y');
}

TEST_CASE("a cut never splits a UTF-8 sequence") {
  std::string line;
  for (int i = 0; i < 500; ++i) line += "\xc3\xa9";  // é
  const SourceExcerpt e = excerpt(line, 501, 101);
  const std::string inner = e.text.substr(3, e.text.size() - 6);
  CHECK(inner.size() % 2 == 0);
  CHECK(inner.substr(0, 2) == "\xc3\xa9");
}

TEST_CASE("a huge message is shortened, a normal one is kept") {
  CHECK(shorten("unknown module 'usr'") == "unknown module 'usr'");
  const std::string huge = "bad value '" + std::string(100000, 'z') + "'";
  const std::string s = shorten(huge, 400);
  CHECK(s.size() == 403);
  CHECK(s.ends_with("..."));
}

}  // namespace
}  // namespace seams

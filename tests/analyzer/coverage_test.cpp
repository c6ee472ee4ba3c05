// Tests of analyzer/coverage.h's include_roots: which headers that no TU read
// are parsed on their own, so that each is parsed once, not once per includer.
#include "analyzer/coverage.h"

#include <catch2/catch.hpp>

#include "tests/support/test_project.h"

namespace seams::test {
namespace {

TEST_CASE("a header another unread header includes is read through it",
          "[coverage]") {
  TestProject p;
  p.write("src/lib/public.h",
          "#pragma once\n#include \"lib/internal/detail.h\"\n"
          "#  include <lib/internal/more.h>  // angle form, indented\n");
  p.write("src/lib/internal/detail.h", "#pragma once\n");
  p.write("src/lib/internal/more.h", "#pragma once\n");
  p.write("src/lib/other.h", "#pragma once\n");
  const std::vector<std::string> roots =
      include_roots({"src/lib/internal/detail.h", "src/lib/internal/more.h",
                     "src/lib/other.h", "src/lib/public.h"},
                    p.root().string());
  CHECK(roots ==
        std::vector<std::string>{"src/lib/other.h", "src/lib/public.h"});
}

TEST_CASE(
    "near miss: a header of the same name elsewhere is not the one included",
    "[coverage]") {
  TestProject p;
  p.write("src/a/top.h", "#pragma once\n#include \"a/util.h\"\n");
  p.write("src/a/util.h", "#pragma once\n");
  p.write("src/b/util.h", "#pragma once\n");
  // A commented-out include is still text; only directives count.
  p.write("src/b/x.h", "#pragma once\n// #include \"b/util.h\"\n");
  const std::vector<std::string> roots = include_roots(
      {"src/a/top.h", "src/a/util.h", "src/b/util.h", "src/b/x.h"},
      p.root().string());
  CHECK(roots ==
        std::vector<std::string>{"src/a/top.h", "src/b/util.h", "src/b/x.h"});
}

TEST_CASE("headers that include each other leave no root", "[coverage]") {
  TestProject p;
  p.write("src/a/x.h", "#pragma once\n#include \"a/y.h\"\n");
  p.write("src/a/y.h", "#pragma once\n#include \"a/x.h\"\n");
  CHECK(include_roots({"src/a/x.h", "src/a/y.h"}, p.root().string()).empty());
}

}  // namespace
}  // namespace seams::test

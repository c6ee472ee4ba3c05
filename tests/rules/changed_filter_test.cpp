// Changed-files mode after the rules: uses in changed files stay, a cycle
// closed by a changed file stays whole, config edits keep everything.
#include "rules/changed_filter.h"

#include <catch2/catch.hpp>

#include "rules/rule.h"
#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

std::vector<Finding> run(const Fixture& f) {
  return run_rules({*f.config, *f.map, f.graph, "seams.yaml"});
}

ChangedFiles changed(std::vector<std::string> files) {
  std::sort(files.begin(), files.end());
  return {files, "test"};
}

TEST_CASE("only the uses written in changed files are kept", "[changed]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"], depends_on: []}
  b: {paths: ["src/b/**"]}
)",
                        {sym("src/a/x.cpp", "src/b/y.h", "b::Y"),
                         sym("src/a/z.cpp", "src/b/y.h", "b::Z")});
  auto kept = keep_changed(run(f), changed({"src/a/z.cpp"}), f.graph, *f.map,
                           "seams.yaml");
  REQUIRE(kept.size() == 1);
  REQUIRE(kept[0].evidence.size() == 1);
  CHECK(kept[0].evidence[0].symbol == "b::Z");
  CHECK(keep_changed(run(f), changed({"src/b/y.h"}), f.graph, *f.map,
                     "seams.yaml")
            .empty());
  CHECK(keep_changed(run(f), changed({"seams.yaml"}), f.graph, *f.map,
                     "seams.yaml")
            .at(0)
            .evidence.size() == 2);
}

TEST_CASE("a cycle is kept whole when any of its edges has a changed use",
          "[changed]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
)",
                        {sym("src/a/x.cpp", "src/b/y.h", "b::Y"),
                         sym("src/a/w.cpp", "src/b/y.h", "b::W"),
                         sym("src/b/x.cpp", "src/a/y.h", "a::Y")});
  // The chain the finding shows uses w.cpp; x.cpp closes the cycle too.
  auto kept = keep_changed(run(f), changed({"src/a/x.cpp"}), f.graph, *f.map,
                           "seams.yaml");
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].rule == "cycle");
  CHECK(keep_changed(run(f), changed({"src/c.cpp"}), f.graph, *f.map,
                     "seams.yaml")
            .empty());
}

TEST_CASE("unused-dependency is kept when a file of its module changed",
          "[changed]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"], depends_on: [b]}
  b: {paths: ["src/b/**"]}
)",
                        {sym("src/a/x.cpp", "src/a/y.h")});
  auto findings = run(f);
  REQUIRE(findings.size() == 1);
  CHECK(keep_changed(findings, changed({"src/a/x.cpp"}), f.graph, *f.map,
                     "seams.yaml")
            .size() == 1);
  CHECK(keep_changed(findings, changed({"src/b/x.cpp"}), f.graph, *f.map,
                     "seams.yaml")
            .empty());
}

}  // namespace
}  // namespace seams::test

// Inline suppressions (rules/suppressions.h): found in files, excusing a use of
// their rule on their line or the next, and reported when stale.
#include "rules/suppressions.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "tests/support/fixtures.h"
#include "tests/support/test_project.h"

namespace seams::test {
namespace {

TEST_CASE("suppressions are found with their rule, reason and position",
          "[suppressions]") {
  TestProject p;
  p.write("src/a/x.cpp",
          "int a;  // seams-allow(layering): moving down in Q3\n"
          "// seams-allow(cycle) seams-allow(private-access):  two  \n"
          "int b;\n");
  p.write("src/a/y.cpp", "int c;  // no marker here\n");
  const auto found =
      find_suppressions(p.root().string(), {"src/a/x.cpp", "src/a/y.cpp"});
  REQUIRE(found.size() == 3);
  CHECK(found[0].file == "src/a/x.cpp");
  CHECK(found[0].line == 1);
  CHECK(found[0].column == 12);
  CHECK(found[0].rule == "layering");
  CHECK(found[0].reason == "moving down in Q3");
  CHECK(found[1].rule == "cycle");
  CHECK(found[1].reason.empty());
  CHECK(found[2].rule == "private-access");
  CHECK(found[2].reason == "two");
}

Finding pair_finding(const std::string& rule, std::vector<Evidence> ev) {
  Finding f;
  f.rule = rule;
  f.from = ModuleId{0};
  f.to = ModuleId{1};
  f.modules = {ModuleId{0}, ModuleId{1}};
  f.evidence = std::move(ev);
  return f;
}

Evidence use_at(const std::string& file, std::uint32_t line) {
  Evidence e;
  e.file = file;
  e.line = line;
  e.column = 1;
  return e;
}

TEST_CASE("a suppression excuses its rule's uses on its line or the next",
          "[suppressions]") {
  std::vector<Finding> findings = {
      pair_finding("layering", {use_at("x.cpp", 3), use_at("x.cpp", 5),
                                use_at("x.cpp", 9)}),
      pair_finding("private-access", {use_at("x.cpp", 3)}),
      pair_finding("cycle-like", {use_at("y.cpp", 1)})};
  const std::vector<Suppression> s = {
      {"x.cpp", 3, 1, "layering", "r"},        // same line
      {"x.cpp", 4, 1, "layering", "r"},        // the line before 5
      {"x.cpp", 9, 1, "private-access", "r"},  // another rule: no effect
      {"y.cpp", 1, 1, "cycle-like", "r"},      // excuses the whole finding
      {"z.cpp", 1, 1, "cylce", "r"},           // misspelt
      {"x.cpp", 7, 1, "layering", ""}};        // no reason
  const auto stale = apply_suppressions(
      findings, s, {"cycle", "cycle-like", "layering", "private-access"});
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].rule == "layering");
  REQUIRE(findings[0].evidence.size() == 1);
  CHECK(findings[0].evidence[0].line == 9);
  CHECK(findings[1].rule == "private-access");
  REQUIRE(stale.size() == 3);
  CHECK(stale[0].message ==
        "seams-allow(private-access) excuses no use on its line or the next; "
        "remove it");
  CHECK(stale[0].config_location->file == "x.cpp");
  CHECK(stale[0].config_location->line == 9);
  CHECK(stale[1].message ==
        "seams-allow(cylce) names no rule or policy; did you mean 'cycle'?");
  CHECK(stale[2].message ==
        "seams-allow(layering) gives no reason; write "
        "\"seams-allow(layering): why\", or remove it");
}

TEST_CASE("run_rules applies suppressions and reports the stale ones last",
          "[suppressions]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"], depends_on: []}
  b: {paths: ["src/b/**"]}
)",
                        {sym("src/a/x.cpp", "src/b/y.h", "b::Y", 4),
                         sym("src/a/x.cpp", "src/b/y.h", "b::Z", 8)});
  const std::vector<Suppression> s = {
      {"src/a/x.cpp", 3, 4, "undeclared-dependency", "migrating"},
      {"src/a/x.cpp", 8, 4, "undeclared-dependency", "migrating"},
      {"src/a/x.cpp", 20, 4, "undeclared-dependency", "was needed"}};
  RuleInput in{*f.config, *f.map, f.graph, "seams.yaml"};
  in.suppressions = &s;
  const auto findings = run_rules(in);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "stale-exception");
  CHECK(findings[0].severity == Severity::warning);
  CHECK(findings[0].config_location->line == 20);
  // Without them the uses are findings.
  CHECK(run_rules({*f.config, *f.map, f.graph, "seams.yaml"}).size() == 1);
  CHECK(run_rules({*f.config, *f.map, f.graph, "seams.yaml"})[0].rule ==
        "undeclared-dependency");
}

}  // namespace
}  // namespace seams::test

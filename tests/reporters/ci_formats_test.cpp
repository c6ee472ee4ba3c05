// The CI formats: GitHub workflow commands (escaping), JUnit (a case per rule x
// module pair), Markdown (new / fixed / baselined per pair), SARIF (rules,
// locations, fingerprints that survive line moves).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "reporters/reporter.h"
#include "rules/baseline.h"
#include "rules/rule.h"
#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

const char* kYaml = R"(version: 1
modules:
  a: {paths: ["src/a/**"], depends_on: []}
  b: {paths: ["src/b/**"]}
)";

Report report_of(const Fixture& f) {
  Report r;
  r.map = f.map.get();
  r.graph = &f.graph;
  r.findings = run_rules({*f.config, *f.map, f.graph, "seams.yaml"});
  r.summary.translation_units = 2;
  r.summary.modules = 2;
  r.summary.files = 3;
  count_findings(r);
  return r;
}

std::string render(const char* format, const Report& r) {
  std::ostringstream os;
  find_reporter(Output::check, format)->write(r, os);
  return os.str();
}

Fixture sample(std::uint32_t line = 4) {
  return make_fixture(kYaml, {inc("src/a/x.cpp", "src/b/y.h", 1),
                              {"src/a/x.cpp", line, 7, UseKind::symbol,
                               "b::operator,", "src/b/y.h", "f"}});
}

TEST_CASE("github: one workflow command per use, properties escaped",
          "[reporters]") {
  CHECK(render("github", report_of(sample())) ==
        "::error file=src/a/x.cpp,line=1,col=1,title=undeclared-dependency (a "
        "-> b)::a uses b, which is not in its depends_on: includes "
        "\"src/b/y.h\"\n"
        "::error file=src/a/x.cpp,line=4,col=7,title=undeclared-dependency (a "
        "-> b)::a uses b, which is not in its depends_on: uses b::operator, "
        "(src/b/y.h)\n");
  auto f = make_fixture(kYaml, {{"src/a/x,1:2%.cpp", 3, 1, UseKind::macro,
                                 "M\n%", "src/b/y.h", ""}});
  CHECK(render("github", report_of(f)) ==
        "::error file=src/a/x%2C1%3A2%25.cpp,line=3,col=1,"
        "title=undeclared-dependency (a -> b)::a uses b, which is not in its "
        "depends_on: expands macro M%0A%25 (src/b/y.h)\n");
}

TEST_CASE("junit: a case per rule x module pair, failures carry evidence",
          "[reporters]") {
  const std::string xml = render("junit", report_of(sample()));
  CHECK(xml.find("<testsuites name=\"seams\" tests=\"5\" failures=\"1\"") !=
        std::string::npos);
  CHECK(
      xml.find("<testcase name=\"a -&gt; b\" classname=\"seams.layering\"/>") !=
      std::string::npos);
  CHECK(xml.find("<failure type=\"undeclared-dependency\" message=\"a uses b, "
                 "which is not in its depends_on\">src/a/x.cpp:1:1: includes "
                 "&quot;src/b/y.h&quot;\nsrc/a/x.cpp:4:7: uses b::operator, "
                 "(src/b/y.h)\n</failure>") != std::string::npos);
  CHECK(
      xml.find("<testcase name=\"module graph\" classname=\"seams.cycle\"/>") !=
      std::string::npos);
}

TEST_CASE("markdown: counts per module pair and the evidence of new uses",
          "[reporters]") {
  auto before = sample();
  Report old = report_of(before);
  Baseline b = make_baseline(old.findings, *before.map);
  b.entries[0].line = 4;
  b.entries.push_back(
      {{"layering", "a", "b", {}, "src/a/q.cpp", "symbol", "b::Q"}, 2, 14});
  std::sort(b.entries.begin(), b.entries.end(),
            [](const auto& x, const auto& y) { return x.key < y.key; });
  auto after = make_fixture(
      kYaml,
      {inc("src/a/x.cpp", "src/b/y.h", 1),
       {"src/a/x.cpp", 4, 7, UseKind::symbol, "b::operator,", "src/b/y.h", "f"},
       sym("src/a/z.cpp", "src/b/y.h", "b::|`Z`")});
  Report r = report_of(after);
  auto c = compare_with_baseline(r.findings, b, *after.map);
  r.findings = c.fresh;
  r.baseline = BaselineStatus{"seams-baseline.json", c.accepted, c.stale, true};
  count_findings(r);
  const std::string md = render("markdown", r);
  CHECK(md.rfind("<!-- seams check -->\n## seams: 1 error, 0 warnings\n", 0) ==
        0);
  CHECK(
      md.find("| a → b | `layering` `undeclared-dependency` | 1 | 2 | 2 |\n") !=
      std::string::npos);
  CHECK(md.find("- `src/a/z.cpp:1:1` uses `` b::\\|`Z` `` (`src/b/y.h`)\n") !=
        std::string::npos);
  CHECK(md.find("src/a/x.cpp:4:7") ==
        std::string::npos);  // accepted: no evidence
  CHECK(md.find("### Fixed\n\n- layering: a -> b: src/a/q.cpp uses b::Q "
                "(accepted 2, found 0)\n") != std::string::npos);
  CHECK(md.find("`seams baseline --update`") != std::string::npos);
}

TEST_CASE("sarif: rules with help, a result per use, stable fingerprints",
          "[reporters]") {
  auto j = nlohmann::json::parse(render("sarif", report_of(sample())));
  CHECK(j["version"] == "2.1.0");
  const auto& run = j["runs"][0];
  const auto& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == builtin_rules().size());
  CHECK(rules[5]["id"] == "undeclared-dependency");
  CHECK(rules[5]["name"] == "UndeclaredDependency");
  CHECK(rules[5]["help"]["text"].get<std::string>().find("depends_on") !=
        std::string::npos);
  const auto& results = run["results"];
  REQUIRE(results.size() == 2);
  CHECK(results[1]["ruleIndex"] == 5);
  CHECK(results[1]["level"] == "error");
  CHECK(results[1]["locations"][0]["physicalLocation"] ==
        nlohmann::json{{"artifactLocation", {{"uri", "src/a/x.cpp"}}},
                       {"region", {{"startLine", 4}, {"startColumn", 7}}}});
  auto moved = nlohmann::json::parse(render("sarif", report_of(sample(40))));
  CHECK(moved["runs"][0]["results"][1]["partialFingerprints"] ==
        results[1]["partialFingerprints"]);
  CHECK(results[0]["partialFingerprints"] != results[1]["partialFingerprints"]);
}

TEST_CASE("the CI formats give byte-identical output for equal input",
          "[reporters]") {
  for (const char* format : {"github", "junit", "markdown", "sarif"})
    CHECK(render(format, report_of(sample())) ==
          render(format, report_of(sample())));
}

}  // namespace
}  // namespace seams::test

// Reporters: exact text lines, JSON shape, DOT, and byte-identical output for
// equal input.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "reporters/reporter.h"
#include "rules/rule.h"
#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

const char* kYaml = R"(version: 1
layers: [top, bottom]
modules:
  a: {paths: ["src/a/**"], depends_on: [], layer: top}
  b: {paths: ["src/b/**"], layer: bottom}
)";

std::string render(const char* format, const Fixture& f, bool graph = false) {
  Report r;
  r.map = f.map.get();
  r.graph = &f.graph;
  r.findings = run_rules({*f.config, *f.map, f.graph, "seams.yaml"});
  r.summary.translation_units = 2;
  r.summary.modules = 2;
  r.summary.files = 3;
  count_findings(r);
  std::ostringstream os;
  find_reporter(graph ? Output::graph : Output::check, format)->write(r, os);
  return os.str();
}

Fixture sample() {
  return make_fixture(kYaml, {inc("src/a/x.cpp", "src/b/y.h", 1),
                              {"src/a/x.cpp", 4, 7, UseKind::symbol, "b::Y",
                               "src/b/y.h", "f"}});
}

TEST_CASE("text output is compiler-style, grouped, with a summary line",
          "[reporters]") {
  CHECK(render("text", sample()) ==
        "== a -> b ==\n"
        "src/a/x.cpp:1:1: error: a uses b, which is not in its depends_on: "
        "includes "
        "\"src/b/y.h\" [undeclared-dependency]\n"
        "src/a/x.cpp:4:7: error: a uses b, which is not in its depends_on: "
        "uses b::Y "
        "(src/b/y.h) [undeclared-dependency]\n"
        "\n"
        "seams: 1 error, 0 warnings (one per rule and module pair); 2 "
        "translation units, 3 files, 2 modules, 0 parse failures, 0 unowned "
        "files; 0 of 0 owned files analyzed\n");
}

// b is in a higher layer than a, not in a's depends_on, and y_impl.h is not
// public: the include breaks three rules, the symbol use two.
const char* kThreeRules = R"(version: 1
layers: [top, bottom]
modules:
  a: {paths: ["src/a/**"], depends_on: [], layer: bottom}
  b: {paths: ["src/b/**"], public: ["src/b/y.h"], layer: top}
)";

Fixture three_rules() {
  return make_fixture(kThreeRules, {inc("src/a/x.cpp", "src/b/y_impl.h", 1),
                                    {"src/a/x.cpp", 4, 7, UseKind::symbol,
                                     "b::Y", "src/b/y.h", "f"}});
}

TEST_CASE("text: a use that breaks several rules is one line with every rule",
          "[reporters]") {
  const std::string text = render("text", three_rules());
  CHECK(text.find("src/a/x.cpp:1:1: error: a (layer bottom) uses b") !=
        std::string::npos);
  CHECK(text.find("[layering, private-access, undeclared-dependency]\n") !=
        std::string::npos);
  CHECK(text.find("[layering, undeclared-dependency]\n") != std::string::npos);
  // Two uses, two lines; three findings in the summary.
  std::size_t lines = 0;
  for (std::size_t p = 0;
       (p = text.find("src/a/x.cpp:", p)) != std::string::npos; ++p)
    ++lines;
  CHECK(lines == 2);
  CHECK(
      text.find("seams: 3 errors, 0 warnings (one per rule and module pair)") !=
      std::string::npos);
}

TEST_CASE("github: one annotation per use, json: one result per rule",
          "[reporters]") {
  const std::string gh = render("github", three_rules());
  std::size_t annotations = 0;
  for (std::size_t p = 0; (p = gh.find("::error ", p)) != std::string::npos;
       ++p)
    ++annotations;
  CHECK(annotations == 2);
  CHECK(gh.find("title=layering%2C private-access%2C undeclared-dependency (a "
                "-> b)") != std::string::npos);
  auto j = nlohmann::json::parse(render("json", three_rules()));
  CHECK(j["findings"].size() == 3);
}

TEST_CASE("json output follows the version-1 contract", "[reporters]") {
  auto j = nlohmann::json::parse(render("json", sample()));
  CHECK(j["version"] == 1);
  CHECK(j["summary"]["errors"] == 1);
  CHECK(j["dependencies"][0] == nlohmann::json{{"from", "a"},
                                               {"to", "b"},
                                               {"includes", 1},
                                               {"symbols", 1},
                                               {"macros", 0}});
  const auto& finding = j["findings"][0];
  CHECK(finding["rule"] == "undeclared-dependency");
  CHECK(finding["modules"] == nlohmann::json{"a", "b"});
  CHECK(finding["evidence"][1]["symbol"] == "b::Y");
  CHECK(finding["evidence"][1]["context"] == "f");
  CHECK(finding["fingerprint"].get<std::string>().size() == 16);
}

TEST_CASE("the same input gives byte-identical output", "[reporters]") {
  CHECK(render("json", sample()) == render("json", sample()));
  CHECK(render("text", sample()) == render("text", sample()));
}

TEST_CASE("dot output clusters layers and marks violating edges",
          "[reporters]") {
  std::string dot = render("dot", sample(), true);
  CHECK(dot.find("subgraph \"cluster_top\"") != std::string::npos);
  CHECK(dot.find("\"a\" -> \"b\" [label=\"1i/1s/0m\", color=\"#d55e00\"") !=
        std::string::npos);
}

}  // namespace
}  // namespace seams::test

// A plugin's answer (plugins/answer.h): what a valid answer becomes, and one
// error per way an answer can break the protocol, each naming the plugin and
// where (stdout:LINE:COLUMN for malformed JSON, a JSON path otherwise).
#include "plugins/answer.h"

#include <catch2/catch.hpp>

#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

const char* kYaml =
    "version: 1\n"
    "modules:\n"
    "  app: {paths: [\"src/app/**\"]}\n"
    "  vault: {paths: [\"src/vault/**\"]}\n";

struct Answered {
  std::optional<PluginAnswer> answer;
  std::vector<std::string> errors;
};

Answered answer_of(const std::string& text) {
  static const Fixture f = make_fixture(kYaml, {});
  static const std::vector<std::string> files = {"src/app/main.cpp",
                                                 "src/vault/card.h"};
  const PluginSpec spec{"plugins/team-ownership", "team-ownership"};
  const AnswerContext ctx{spec, *f.map, files, "seams.yaml"};
  Diagnostics diags;
  Answered out;
  out.answer = read_answer(text, ctx, diags);
  for (const Diagnostic& d : diags.all()) out.errors.push_back(d.message);
  return out;
}

std::string with_finding(const std::string& finding) {
  return R"({"protocol": 1, "rules": [{"id": "cross-team", "summary": "s"}],
             "findings": [)" +
         finding + "]}";
}

std::string first_error(const std::string& text) {
  const Answered a = answer_of(text);
  CHECK_FALSE(a.answer);
  return a.errors.empty() ? "" : a.errors.front();
}

TEST_CASE("a valid answer becomes namespaced rules and findings", "[plugins]") {
  const Answered a = answer_of(with_finding(
      R"({"rule": "team-ownership/cross-team", "severity": "warning",
          "message": "app uses vault", "from": "app", "to": "vault",
          "evidence": [{"file": "src/app/main.cpp", "line": 9, "column": 2,
                        "kind": "include", "symbol": "\"vault/card.h\"",
                        "target": "src/vault/card.h"},
                       {"file": "src/app/main.cpp", "line": 3, "column": 1,
                        "kind": "symbol"}]},
         {"rule": "cross-team", "severity": "error", "message": "about a file",
          "file": "src/vault/card.h", "line": 4})"));
  REQUIRE(a.answer);
  CHECK(a.errors.empty());
  REQUIRE(a.answer->rules.size() == 1);
  CHECK(a.answer->rules[0].id == "team-ownership/cross-team");
  CHECK(a.answer->rules[0].summary == "s");
  REQUIRE(a.answer->findings.size() == 2);
  const Finding& pair = a.answer->findings[0];
  CHECK(pair.rule == "team-ownership/cross-team");
  CHECK(pair.severity == Severity::warning);
  CHECK(pair.from.has_value());
  CHECK(pair.modules.size() == 2);
  REQUIRE(pair.evidence.size() == 2);
  CHECK(pair.evidence[0].line == 3);  // sorted
  CHECK(pair.evidence[1].kind == UseKind::include);
  const Finding& file = a.answer->findings[1];
  CHECK(file.rule == "team-ownership/cross-team");
  CHECK(file.modules.empty());
  REQUIRE(file.config_location);
  CHECK(file.config_location->file == "src/vault/card.h");
  CHECK(file.config_location->line == 4);
  CHECK(file.config_location->column == 1);
  CHECK(file.config_entry == "src/vault/card.h");
}

TEST_CASE("an answer with no findings is valid", "[plugins]") {
  const Answered a = answer_of(R"({"protocol":1,"rules":[],"findings":[]})");
  REQUIRE(a.answer);
  CHECK(a.answer->findings.empty());
}

TEST_CASE("malformed JSON is an error at its line and column", "[plugins]") {
  CHECK(first_error("{\"protocol\": 1,\n  \"rules\": [}\n") ==
        "plugin 'team-ownership' answered invalid JSON: stdout:2:13: syntax "
        "error while parsing value - unexpected '}'; expected '[', '{', or a "
        "literal");
  CHECK(first_error("  \n") ==
        "plugin 'team-ownership' wrote nothing to stdout; it must answer a "
        "JSON document (docs/plugins.md)");
}

TEST_CASE("protocol violations name the JSON path", "[plugins]") {
  const std::string prefix =
      "plugin 'team-ownership' answered against the protocol: ";
  CHECK(first_error("[]") == prefix + "$: expected an object, found a list");
  CHECK(first_error(R"({"protocol": 2, "rules": [], "findings": []})") ==
        prefix +
            "$.protocol: protocol 2 is not supported; seams speaks protocol 1");
  CHECK(first_error(R"({"protocol": 1, "rules": []})") ==
        prefix + "$: missing 'findings'");
  CHECK(first_error(R"({"protocol": 1, "rules": [], "findings": {}})") ==
        prefix + "$.findings: expected a list, found an object");
  CHECK(first_error(R"({"protocol": 1, "rules": [], "findings": [],
                       "finding": []})") ==
        prefix + "$: unknown key 'finding'; did you mean 'findings'?");
  CHECK(first_error(with_finding(
            R"({"rule": "cross-team", "severity": "fatal", "message": "m",
                "file": "seams.yaml", "line": 1})")) ==
        prefix +
            "$.findings[0].severity: bad severity 'fatal'; use error or "
            "warning");
  CHECK(first_error(with_finding(
            R"({"rule": "cross-team", "severity": "error",
                "file": "seams.yaml", "line": 1})")) ==
        prefix + "$.findings[0]: missing 'message'");
  CHECK(first_error(with_finding(
            R"({"rule": "cross-team", "severity": "error", "message": "m",
                "from": "app", "to": "valt",
                "file": "seams.yaml", "line": 1})")) ==
        prefix +
            "$.findings[0].to: unknown module 'valt'; did you mean "
            "'vault'?");
  CHECK(first_error(with_finding(
            R"({"rule": "cross-team", "severity": "error", "message": "m",
                "from": "app", "to": "vault",
                "evidence": [{"file": "/etc/passwd", "line": 1, "column": 1,
                              "kind": "symbol"}]})")) ==
        prefix +
            "$.findings[0].evidence[0].file: '/etc/passwd' is not a file "
            "of the project (a path relative to the project root, as in "
            "the input's \"files\")");
  CHECK(first_error(with_finding(
            R"({"rule": "cross-team", "severity": "error", "message": "m",
                "from": "app", "to": "vault",
                "evidence": [{"file": "src/app/main.cpp", "line": 0,
                              "column": 1, "kind": "use"}]})")) ==
        prefix +
            "$.findings[0].evidence[0].line: expected a whole number "
            "from 1, found 0");
  CHECK(first_error(with_finding(
            R"({"rule": "cross-team", "severity": "error", "message": "m",
                "modules": ["app"]})")) ==
        prefix +
            "$.findings[0]: a finding needs 'evidence' or a 'file' and "
            "'line'");
  CHECK(first_error(with_finding(
            R"({"rule": "cross-team", "severity": "error", "message": "m",
                "from": "app", "file": "seams.yaml", "line": 1})")) ==
        prefix + "$.findings[0]: give both 'from' and 'to', or neither");
}

TEST_CASE("rule ids must stay in the plugin's namespace and be declared",
          "[plugins]") {
  const std::string prefix =
      "plugin 'team-ownership' answered against the protocol: ";
  CHECK(first_error(R"({"protocol": 1, "rules": [{"id": "layering/x",
                        "summary": "s"}], "findings": []})") ==
        prefix +
            "$.rules[0].id: rule id 'layering/x' is outside the "
            "plugin's namespace; write 'team-ownership/RULE' or just "
            "'RULE'");
  CHECK(first_error(R"({"protocol": 1, "rules": [{"id": "a", "summary": "s"},
                        {"id": "team-ownership/a", "summary": "t"}],
                        "findings": []})") ==
        prefix + "$.rules[1].id: rule 'team-ownership/a' is declared twice");
  CHECK(first_error(with_finding(
            R"({"rule": "cross-tem", "severity": "error", "message": "m",
                "file": "seams.yaml", "line": 1})")) ==
        prefix +
            "$.findings[0].rule: rule 'team-ownership/cross-tem' is not "
            "declared in \"rules\"; did you mean "
            "'team-ownership/cross-team'?");
  CHECK(first_error(with_finding(
            R"({"rule": "other/cross-team", "severity": "error",
                "message": "m", "file": "seams.yaml", "line": 1})")) ==
        prefix +
            "$.findings[0].rule: rule id 'other/cross-team' is outside "
            "the plugin's namespace; write 'team-ownership/RULE' or just "
            "'RULE'");
}

TEST_CASE("every protocol error of an answer is reported, up to a cap",
          "[plugins]") {
  std::string findings;
  for (int i = 0; i < 25; ++i)
    findings += std::string(i ? "," : "") + R"({"rule": "cross-team"})";
  const Answered a = answer_of(with_finding(findings));
  CHECK_FALSE(a.answer);
  // Three missing keys per finding, 20 shown, then a count.
  REQUIRE(a.errors.size() == 21);
  CHECK(a.errors.back() ==
        "plugin 'team-ownership': 55 more problems in its answer");
}

TEST_CASE("a plugin is named after its file without the extension",
          "[plugins]") {
  std::string why;
  CHECK(plugin_spec("build/plugins/team-ownership", why)->name ==
        "team-ownership");
  CHECK(plugin_spec("tools/module-budget.py", why)->name == "module-budget");
  CHECK_FALSE(plugin_spec("tools/.py", why));
  CHECK_FALSE(plugin_spec("tools/", why));
}

}  // namespace
}  // namespace seams::test

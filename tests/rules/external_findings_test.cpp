// Findings of rules outside seams (plugins) joining a run of the rules
// (rules/rule.h: start_rules, add_external_findings, finish_rules): seams.yaml
// severities, exceptions and suppressions apply to them as to built-in rules.
#include <catch2/catch.hpp>

#include "rules/changed_filter.h"
#include "rules/rule.h"
#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

Finding plugin_finding(const Fixture& f, const std::string& rule,
                       const std::string& file) {
  Finding out;
  out.rule = rule;
  out.severity = Severity::error;
  out.from = f.id("a");
  out.to = f.id("b");
  out.modules = {f.id("a"), f.id("b")};
  out.message = "a uses b";
  Evidence e;
  e.file = file;
  e.line = 1;
  e.column = 1;
  out.evidence = {e};
  return out;
}

Suppression allow(const std::string& file, const std::string& rule) {
  return {file, 1, 4, rule, "a reason"};
}

TEST_CASE(
    "plugin findings take seams.yaml's severities, exceptions and "
    "suppressions",
    "[rules][plugins]") {
  const Fixture f = make_fixture(
      "version: 1\n"
      "modules:\n"
      "  a: {paths: [\"src/a/**\"]}\n"
      "  b: {paths: [\"src/b/**\"]}\n"
      "rules:\n"
      "  p/x: warning\n"
      "  p/off: off\n"
      "  p/y: {except: [{file: src/a/keep.cpp, reason: why}]}\n"
      "  p/unused: {except: [{file: src/a/none.cpp, reason: why}]}\n",
      {sym("src/a/1.cpp", "src/b/b.h")});
  const std::vector<Suppression> suppressions = {
      allow("src/a/1.cpp", "p/z"), allow("src/a/2.cpp", "p/gone"),
      allow("src/a/3.cpp", "q/never-run")};
  const RuleInput in{*f.config, *f.map, f.graph,      "seams.yaml",
                     nullptr,   "",     &suppressions};
  RuleRun run = start_rules(in);
  CHECK(run.held.size() == 3);
  add_external_findings(run, in, "p",
                        {"p/x", "p/off", "p/y", "p/z", "p/unused"},
                        {plugin_finding(f, "p/x", "src/a/1.cpp"),
                         plugin_finding(f, "p/off", "src/a/1.cpp"),
                         plugin_finding(f, "p/y", "src/a/keep.cpp"),
                         plugin_finding(f, "p/z", "src/a/1.cpp")});
  const std::vector<Finding> all = finish_rules(std::move(run), in);
  std::vector<std::string> seen;
  for (const Finding& x : all)
    seen.push_back(x.rule + " " + std::string(to_string(x.severity)) + " " +
                   x.message);
  CHECK(seen ==
        std::vector<std::string>{
            "p/x warning a uses b",
            "stale-exception warning seams-allow(p/gone) names no rule or "
            "policy; known ids: cycle, layering, parse-failure, "
            "private-access, stale-exception, undeclared-dependency, "
            "unused-dependency, p/x, p/off, p/y, p/z, p/unused",
            "stale-exception warning the exception of rule 'p/unused' for "
            "'src/a/none.cpp' matches no use; remove it"});
  CHECK_FALSE(all.front().fingerprint.empty());
}

TEST_CASE("without plugins, a run of the rules is the same in steps",
          "[rules][plugins]") {
  const Fixture f = make_fixture(
      "version: 1\n"
      "modules:\n"
      "  a: {paths: [\"src/a/**\"], depends_on: []}\n"
      "  b: {paths: [\"src/b/**\"]}\n",
      {sym("src/a/1.cpp", "src/b/b.h")});
  const RuleInput in{*f.config, *f.map, f.graph, "seams.yaml"};
  const std::vector<Finding> stepwise = finish_rules(start_rules(in), in);
  const std::vector<Finding> direct = run_rules(in);
  REQUIRE(direct.size() == 1);
  CHECK(stepwise.size() == direct.size());
  CHECK(stepwise.front().fingerprint == direct.front().fingerprint);
}

TEST_CASE(
    "changed-files mode keeps a plugin finding without uses when its "
    "place or its module changed",
    "[rules][plugins]") {
  const Fixture f = make_fixture(
      "version: 1\n"
      "modules:\n"
      "  a: {paths: [\"src/a/**\"]}\n"
      "  b: {paths: [\"src/b/**\"]}\n",
      {});
  Finding of_module;
  of_module.rule = "budget/fan-out";
  of_module.modules = {f.id("a")};
  of_module.config_location = ConfigLocation{"seams.yaml", 3, 3};
  Finding of_file;
  of_file.rule = "budget/headers";
  of_file.config_location = ConfigLocation{"src/b/x.h", 1, 1};
  of_file.config_entry = "src/b/x.h";
  const std::vector<Finding> both = {of_module, of_file};
  const auto kept = [&](std::vector<std::string> files) {
    std::vector<std::string> rules;
    for (const Finding& x : keep_changed(both, {std::move(files), ""}, f.graph,
                                         *f.map, "seams.yaml"))
      rules.push_back(x.rule);
    return rules;
  };
  CHECK(kept({"src/a/y.cpp"}) == std::vector<std::string>{"budget/fan-out"});
  CHECK(kept({"src/b/x.h"}) == std::vector<std::string>{"budget/headers"});
  CHECK(kept({"src/b/other.cpp"}).empty());
  CHECK(kept({"seams.yaml"}).size() == 2);
}

}  // namespace
}  // namespace seams::test

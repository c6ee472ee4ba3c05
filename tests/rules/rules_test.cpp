// Every rule: a case that fires and its nearest near-miss that must not.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "rules/rule.h"
#include "tests/support/config_vocabulary.h"
#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

std::vector<Finding> run(const Fixture& f) {
  return run_rules({*f.config, *f.map, f.graph, "seams.yaml"});
}

std::vector<std::string> rules_of(const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs) out.push_back(f.rule);
  return out;
}

TEST_CASE("undeclared-dependency fires for a module missing from depends_on",
          "[rules]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"], depends_on: [c]}
  b: {paths: ["src/b/**"]}
  c: {paths: ["src/c/**"]}
)",
                        {sym("src/a/x.cpp", "src/b/y.h", "b::Y"),
                         sym("src/a/x.cpp", "src/c/z.h")});
  auto findings = run(f);
  REQUIRE(rules_of(findings) ==
          std::vector<std::string>{"undeclared-dependency"});
  CHECK(findings[0].message == "a uses b, which is not in its depends_on");
  CHECK(findings[0].evidence.at(0).symbol == "b::Y");
  CHECK(findings[0].severity == Severity::error);
}

TEST_CASE("undeclared-dependency does not fire without depends_on", "[rules]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
)",
                        {sym("src/a/x.cpp", "src/b/y.h")});
  CHECK(run(f).empty());
}

TEST_CASE(
    "layering fires when a lower layer uses a higher one, not the other way",
    "[rules]") {
  auto f = make_fixture(R"(version: 1
layers: [app, platform]
modules:
  app: {paths: ["src/app/**"], layer: app}
  core: {paths: ["src/core/**"], layer: platform}
  util: {paths: ["src/util/**"], layer: platform}
)",
                        {sym("src/core/x.cpp", "src/app/y.h"),
                         sym("src/app/x.cpp", "src/util/y.h"),
                         sym("src/core/z.cpp", "src/util/y.h")});
  auto findings = run(f);
  REQUIRE(rules_of(findings) == std::vector<std::string>{"layering"});
  CHECK(findings[0].message ==
        "core (layer platform) uses app from the higher layer app");
}

TEST_CASE("cycle fires once per component with the chain and the cut",
          "[rules]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
  c: {paths: ["src/c/**"]}
)",
                        {sym("src/a/x.cpp", "src/b/y.h", "b::Y", 1),
                         sym("src/a/x.cpp", "src/b/y.h", "b::Y", 2),
                         sym("src/b/x.cpp", "src/a/y.h", "a::Y", 7)});
  auto findings = run(f);
  REQUIRE(rules_of(findings) == std::vector<std::string>{"cycle"});
  CHECK(findings[0].message ==
        "a, b form a dependency cycle: a -> b -> a; cheapest to cut: b -> a (1 "
        "use)");
  REQUIRE(findings[0].evidence.size() == 2);
  CHECK(findings[0].evidence[1].line == 7);
}

TEST_CASE("cycle does not fire for a diamond", "[rules]") {
  auto f = make_fixture(
      R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
  c: {paths: ["src/c/**"]}
  d: {paths: ["src/d/**"]}
)",
      {sym("src/a/x.cpp", "src/b/y.h"), sym("src/a/x.cpp", "src/c/y.h"),
       sym("src/b/x.cpp", "src/d/y.h"), sym("src/c/x.cpp", "src/d/y.h")});
  CHECK(run(f).empty());
}

TEST_CASE("private-access fires for a non-public target only", "[rules]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"], public: ["src/b/include/**"]}
)",
                        {sym("src/a/x.cpp", "src/b/include/b/api.h", "b::f"),
                         inc("src/a/x.cpp", "src/b/internal/impl.h", 2)});
  auto findings = run(f);
  REQUIRE(rules_of(findings) == std::vector<std::string>{"private-access"});
  REQUIRE(findings[0].evidence.size() == 1);
  CHECK(findings[0].evidence[0].target == "src/b/internal/impl.h");
}

TEST_CASE("without a public list headers are public and sources are not",
          "[rules]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
)",
                        {sym("src/a/x.cpp", "src/b/api.h"),
                         sym("src/a/x.cpp", "src/b/impl.cpp")});
  auto findings = run(f);
  REQUIRE(rules_of(findings) == std::vector<std::string>{"private-access"});
  CHECK(findings[0].evidence.at(0).target == "src/b/impl.cpp");
}

TEST_CASE("unused-dependency warns at the depends_on entry, not for used ones",
          "[rules]") {
  auto f = make_fixture(R"(version: 1
modules:
  a:
    paths: ["src/a/**"]
    depends_on: [b, c]
  b: {paths: ["src/b/**"]}
  c: {paths: ["src/c/**"]}
)",
                        {sym("src/a/x.cpp", "src/b/y.h")});
  auto findings = run(f);
  REQUIRE(rules_of(findings) == std::vector<std::string>{"unused-dependency"});
  CHECK(findings[0].severity == Severity::warning);
  REQUIRE(findings[0].config_location);
  CHECK(findings[0].config_location->line == 5);
  CHECK(findings[0].config_location->column == 21);
}

TEST_CASE("severities come from the rules section; off disables a rule",
          "[rules]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"], depends_on: []}
  b: {paths: ["src/b/**"]}
rules:
  undeclared-dependency: warning
  private-access: off
)",
                        {sym("src/a/x.cpp", "src/b/x.cpp")});
  auto findings = run(f);
  REQUIRE(rules_of(findings) ==
          std::vector<std::string>{"undeclared-dependency"});
  CHECK(findings[0].severity == Severity::warning);
}

TEST_CASE("fingerprints do not depend on line numbers", "[rules]") {
  const char* yaml =
      "version: 1\nmodules:\n  a: {paths: [\"src/a/**\"], depends_on: []}\n"
      "  b: {paths: [\"src/b/**\"]}\n";
  auto f1 = make_fixture(yaml, {sym("src/a/x.cpp", "src/b/y.h", "s", 3)});
  auto f2 = make_fixture(yaml, {sym("src/a/x.cpp", "src/b/y.h", "s", 30)});
  CHECK(run(f1).at(0).fingerprint == run(f2).at(0).fingerprint);
}

}  // namespace
}  // namespace seams::test

namespace seams::test {
namespace {

// The rule ids are one fact: the registry. seams.yaml is checked against it
// (config_vocabulary), and the JSON Schema, docs/design.md and the config unit
// tests' vocabulary must list exactly the same ids.
TEST_CASE("the registry, the JSON Schema and the docs list the same rule ids",
          "[rules]") {
  const std::vector<std::string> ids = rule_ids();
  CHECK(std::is_sorted(ids.begin(), ids.end()));
  CHECK(config_vocabulary().rule_ids == ids);
  CHECK(rule_vocabulary().rule_ids == ids);
  const std::string source = SEAMS_SOURCE_DIR;
  std::ifstream schema_file(source + "/docs/schema/seams.schema.json");
  const auto schema = nlohmann::json::parse(schema_file);
  std::vector<std::string> in_schema = schema.at("properties")
                                           .at("rules")
                                           .at("propertyNames")
                                           .at("anyOf")
                                           .at(0)
                                           .at("enum");
  std::sort(in_schema.begin(), in_schema.end());
  CHECK(in_schema == ids);
  std::ifstream design_file(source + "/docs/design.md");
  const std::string text((std::istreambuf_iterator<char>(design_file)),
                         std::istreambuf_iterator<char>());
  const std::size_t section = text.find("\n## Rules\n");
  REQUIRE(section != std::string::npos);
  const std::string design =
      text.substr(section, text.find("\n## ", section + 1) - section);
  std::vector<std::string> in_design;  // the rows of the rule table
  for (std::size_t at = design.find("\n| `"); at != std::string::npos;
       at = design.find("\n| `", at + 1)) {
    const std::size_t end = design.find('`', at + 4);
    in_design.push_back(design.substr(at + 4, end - at - 4));
  }
  std::sort(in_design.begin(), in_design.end());
  CHECK(in_design == ids);
}

TEST_CASE(
    "a TU that failed to parse is a parse-failure finding at its first "
    "error, in its module",
    "[rules]") {
  Fixture f =
      make_fixture("version: 1\nmodules:\n  a: {paths: [\"src/a/**\"]}\n", {});
  std::vector<TuFailure> failures = {
      {"src/a/x.cpp",
       {"src/a/x.cpp:3:10: fatal error: 'gone.h' file not found"},
       1},
      {"src/a/y.cpp", {"parser process timed out after 600 s"}, 1}};
  auto findings =
      run_rules({*f.config, *f.map, f.graph, "seams.yaml", &failures});
  std::vector<const Finding*> pf;
  for (const auto& x : findings)
    if (x.rule == "parse-failure") pf.push_back(&x);
  REQUIRE(pf.size() == 2);
  CHECK(pf[0]->severity == Severity::error);
  REQUIRE(pf[0]->config_location);
  CHECK(pf[0]->config_location->file == "src/a/x.cpp");
  CHECK(pf[0]->config_location->line == 3);
  CHECK(pf[0]->config_location->column == 10);
  CHECK(pf[0]->message ==
        "src/a/x.cpp could not be analyzed (1 error; its violations may be "
        "hidden): 'gone.h' file not found");
  CHECK(pf[0]->modules.size() == 1);
  CHECK(pf[1]->config_location->line == 1);
  // Without failures, nothing.
  CHECK(run_rules({*f.config, *f.map, f.graph, "seams.yaml"}).empty());
}

}  // namespace
}  // namespace seams::test

namespace seams::test {
namespace {

// a depends on b, b on c: a's use of c is allowed only through the closure.
const char* kChain = R"(version: 1
MODE
modules:
  a: {paths: ["src/a/**"], depends_on: [b]AMODE}
  b: {paths: ["src/b/**"], depends_on: [c]}
  c: {paths: ["src/c/**"], depends_on: []}
  d: {paths: ["src/d/**"]}
)";

std::string chain(const std::string& mode, const std::string& a_mode) {
  std::string y = kChain;
  y.replace(y.find("MODE"), 4, mode);
  y.replace(y.find("AMODE"), 5, a_mode);
  return y;
}

std::vector<std::string> undeclared_targets(const Fixture& f) {
  std::vector<std::string> out;
  for (const auto& x : run_rules({*f.config, *f.map, f.graph, "seams.yaml"}))
    if (x.rule == "undeclared-dependency") out.push_back(f.map->name(*x.to));
  return out;
}

TEST_CASE(
    "depends_on_mode: transitive allows what the dependencies may use; "
    "direct does not",
    "[rules]") {
  const std::vector<FileUse> uses = {sym("src/a/x.cpp", "src/b/b.h"),
                                     sym("src/a/x.cpp", "src/c/c.h"),
                                     sym("src/a/x.cpp", "src/d/d.h")};
  // Direct (the default): c and d are undeclared.
  CHECK(undeclared_targets(make_fixture(chain("", ""), uses)) ==
        std::vector<std::string>{"c", "d"});
  // Transitive: c is in the closure; d is not (nobody declares it).
  auto t = make_fixture(chain("depends_on_mode: transitive", ""), uses);
  CHECK(undeclared_targets(t) == std::vector<std::string>{"d"});
  // Per module: a transitive while the project is direct, and the reverse.
  CHECK(undeclared_targets(
            make_fixture(chain("", ", depends_on_mode: transitive"), uses)) ==
        std::vector<std::string>{"d"});
  CHECK(undeclared_targets(make_fixture(
            chain("depends_on_mode: transitive", ", depends_on_mode: direct"),
            uses)) == std::vector<std::string>{"c", "d"});
}

TEST_CASE("in transitive mode unused-dependency judges only written entries",
          "[rules]") {
  // a uses b only; c is implied through b, never written in a: no warning.
  auto f = make_fixture(
      chain("depends_on_mode: transitive", ""),
      {sym("src/a/x.cpp", "src/b/b.h"), sym("src/b/y.cpp", "src/c/c.h")});
  for (const auto& x : run_rules({*f.config, *f.map, f.graph, "seams.yaml"}))
    CHECK(x.rule != "unused-dependency");
}

}  // namespace
}  // namespace seams::test

namespace seams::test {
namespace {

// Module groups, BDE style: bsl = {bsla, bslb}, bdl = {bdla, bdlb, bdlc} may
// use bsl; app lists entries of every kind.
const char* kGroupConfig = R"(version: 1
MODE
groups:
  bsl:
    modules: ["bsl*"]
  bdl:
    modules: [bdla, bdlb, bdlc]
    depends_on: [bsl]
  top:
    modules: [app]
    depends_on: [group:bdl]
modules:
  bsla: {paths: ["src/bsla/**"]}
  bslb: {paths: ["src/bslb/**"]}
  bdla: {paths: ["src/bdla/**"], depends_on: [bdlb]}
  bdlb: {paths: ["src/bdlb/**"]}
  bdlc: {paths: ["src/bdlc/**"]}
  app: {paths: ["src/app/**"]}
  tool: {paths: ["src/tool/**"], depends_on: ["bsl*", group:bdl]}
  misc: {paths: ["src/misc/**"]}
)";

Fixture groups(const std::vector<FileUse>& uses, const std::string& mode = "") {
  std::string y = kGroupConfig;
  y.replace(y.find("MODE"), 4, mode);
  return make_fixture(y, uses);
}

std::vector<std::string> messages_of(const Fixture& f, std::string_view rule) {
  std::vector<std::string> out;
  for (const auto& x : run(f))
    if (x.rule == rule) out.push_back(x.message);
  return out;
}

TEST_CASE("a glob or group entry in depends_on allows uses of its modules",
          "[rules][groups]") {
  // tool: "bsl*" allows bslb, group:bdl allows bdlc; misc is not listed.
  auto f = groups({sym("src/tool/x.cpp", "src/bslb/y.h"),
                   sym("src/tool/x.cpp", "src/bdlc/y.h"),
                   sym("src/tool/x.cpp", "src/misc/y.h")});
  CHECK(messages_of(f, "undeclared-dependency") ==
        std::vector<std::string>{
            "tool uses misc, which is not in its depends_on"});
}

TEST_CASE("a group's depends_on allows its members every module of the group",
          "[rules][groups]") {
  // bdla and bdlc may use bsl's modules through their group; app through
  // top's depends_on may use bdl's, but not bsl's (direct mode).
  auto f = groups({sym("src/bdla/x.cpp", "src/bsla/y.h"),
                   sym("src/bdlc/x.cpp", "src/bslb/y.h"),
                   sym("src/app/x.cpp", "src/bdlb/y.h"),
                   sym("src/app/x.cpp", "src/bsla/y.h")});
  CHECK(messages_of(f, "undeclared-dependency") ==
        std::vector<std::string>{
            "app uses bsla, which is not in its group's depends_on"});
}

TEST_CASE("a module may not use an unlisted member of its own group",
          "[rules][groups]") {
  // bdla lists bdlb; bdlc is in its group but not listed: refused. bdlc,
  // which lists nothing itself, may not use bdla either.
  auto f = groups({sym("src/bdla/x.cpp", "src/bdlb/y.h"),
                   sym("src/bdla/x.cpp", "src/bdlc/y.h"),
                   sym("src/bdlc/x.cpp", "src/bdla/y.h")});
  CHECK(messages_of(f, "undeclared-dependency") ==
        std::vector<std::string>{
            "bdla uses bdlc, which is not in its depends_on nor its group's",
            "bdlc uses bdla, which is not in its group's depends_on"});
}

TEST_CASE("a module of a group without depends_on stays unrestricted",
          "[rules][groups]") {
  auto f = groups({sym("src/bsla/x.cpp", "src/misc/y.h"),
                   sym("src/misc/x.cpp", "src/app/y.h")});
  CHECK(messages_of(f, "undeclared-dependency").empty());
}

TEST_CASE("transitive mode follows group edges", "[rules][groups]") {
  // app -> (group top) bdl's modules -> (group bdl) bsl's modules.
  const std::vector<FileUse> uses = {sym("src/app/x.cpp", "src/bsla/y.h")};
  CHECK(messages_of(groups(uses), "undeclared-dependency").size() == 1);
  CHECK(messages_of(groups(uses, "depends_on_mode: transitive"),
                    "undeclared-dependency")
            .empty());
}

TEST_CASE("a glob or group entry is unused only if none of its modules is used",
          "[rules][groups]") {
  // tool uses bdla (group:bdl is used) but no bsl* module.
  auto f = groups({sym("src/tool/x.cpp", "src/bdla/y.h")});
  std::vector<Finding> unused;
  for (const auto& x : run(f))
    if (x.rule == "unused-dependency") unused.push_back(x);
  std::vector<std::string> messages;
  for (const auto& x : unused) messages.push_back(x.message);
  // Module-level: bdla's bdlb, tool's "bsl*"; group-level (sorted by their
  // members): top (app) never uses bdl, bdl never uses bsl.
  CHECK(messages ==
        std::vector<std::string>{
            "bdla declares a dependency on bdlb but does not use it",
            "tool declares a dependency on bsl* (2 modules) but uses none of "
            "them",
            "group top declares a dependency on group:bdl but none of its "
            "modules uses it",
            "group bdl declares a dependency on bsl but none of its modules "
            "uses it"});
  const Finding& glob = unused[1];
  CHECK(glob.config_entry == "bsl*");
  CHECK(glob.config_location == ConfigLocation{"seams.yaml", 19, 47});
  CHECK_FALSE(glob.to);
  // Used through one member, the group-level entry is not reported.
  auto used = groups({sym("src/bdlc/x.cpp", "src/bslb/y.h"),
                      sym("src/app/x.cpp", "src/bdlb/y.h")});
  for (const std::string& m : messages_of(used, "unused-dependency"))
    CHECK_FALSE(m.starts_with("group "));
}

}  // namespace
}  // namespace seams::test

// seams.yaml's plugin entries (config/config.h): `rules:` ids PLUGIN/RULE,
// judged against the plugins of the run when the subcommand runs plugins, and
// `plugin_options:`, any YAML turned into JSON.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "config/config.h"
#include "tests/support/config_vocabulary.h"

namespace seams::test {
namespace {

namespace fs = std::filesystem;

struct Loaded {
  std::optional<Config> config;
  std::vector<std::string> messages;  // "L:C: level: message"
};

Loaded load(const std::string& body,
            std::optional<std::vector<std::string>> plugins) {
  const fs::path dir = fs::temp_directory_path() /
                       ("seams-plugin-config-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "seams.yaml")
      << "version: 1\nmodules:\n  app: {paths: [\"src/**\"]}\n"
      << body;
  ConfigVocabulary vocabulary = rule_vocabulary();
  vocabulary.plugins = std::move(plugins);
  Diagnostics diags;
  Loaded out;
  out.config = load_config(dir / "seams.yaml", vocabulary, diags);
  for (const Diagnostic& d : diags.all())
    out.messages.push_back(
        std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
        (d.level == DiagLevel::error ? "error: " : "warning: ") + d.message);
  fs::remove_all(dir);
  return out;
}

const std::vector<std::string> kGiven = {"team-ownership", "module-budget"};

TEST_CASE("rules may name a rule of a plugin given with --plugin",
          "[config][plugins]") {
  const Loaded ok = load(
      "rules:\n  team-ownership/cross-team: warning\n"
      "  module-budget/fan-out: {except: [{file: src/a.cpp, reason: why}]}\n",
      kGiven);
  REQUIRE(ok.config);
  CHECK(ok.messages.empty());
  CHECK(ok.config->rules.at("team-ownership/cross-team") ==
        RuleSeverity::warning);
  CHECK(ok.config->rule_locs.at("team-ownership/cross-team") ==
        ConfigLoc{5, 3});
  CHECK(ok.config->rule_exceptions.count("module-budget/fan-out") == 1);
}

TEST_CASE("a rule of a plugin not given is an unknown rule",
          "[config][plugins]") {
  const Loaded typo =
      load("rules:\n  team-ownershp/cross-team: error\n", kGiven);
  CHECK_FALSE(typo.config);
  REQUIRE(typo.messages.size() == 1);
  CHECK(typo.messages[0] ==
        "5:3: error: unknown rule 'team-ownershp/cross-team': no plugin "
        "'team-ownershp' is given; did you mean 'team-ownership'?");
  const Loaded none =
      load("rules:\n  team-ownership/cross-team: error\n", {{}});
  REQUIRE(none.messages.size() == 1);
  CHECK(none.messages[0] ==
        "5:3: error: unknown rule 'team-ownership/cross-team': no plugin "
        "'team-ownership' is given; run with --plugin PATH/team-ownership");
  const Loaded bad = load("rules:\n  a/b/c: error\n", kGiven);
  REQUIRE(bad.messages.size() == 1);
  CHECK(bad.messages[0] ==
        "5:3: error: bad rule id 'a/b/c'; a plugin's rule is PLUGIN/RULE, "
        "each of letters, digits, '_', '.' and '-'");
}

TEST_CASE("a subcommand that runs no plugins accepts any plugin rule id",
          "[config][plugins]") {
  const Loaded ok =
      load("rules:\n  team-ownership/cross-team: error\n", std::nullopt);
  CHECK(ok.config);
  CHECK(ok.messages.empty());
}

TEST_CASE("plugin options become JSON, YAML 1.2 scalars typed",
          "[config][plugins]") {
  const Loaded ok = load(
      "plugin_options:\n"
      "  team-ownership:\n"
      "    allow: [{from: a, to: b}]\n"
      "    n: 3\n    x: 0x10\n    f: 1.5\n    yes: true\n    q: \"3\"\n"
      "    none: ~\n    word: off\n"
      "  module-budget:\n",
      kGiven);
  REQUIRE(ok.config);
  CHECK(ok.messages.empty());
  CHECK(ok.config->plugin_options.at("team-ownership").json ==
        R"({"allow":[{"from":"a","to":"b"}],"f":1.5,"n":3,"none":null,)"
        R"("q":"3","word":"off","x":16,"yes":true})");
  CHECK(ok.config->plugin_options.at("team-ownership").loc == ConfigLoc{5, 3});
  CHECK(ok.config->plugin_options.at("module-budget").json == "null");
}

TEST_CASE("options of a plugin not given are a warning; bad ones an error",
          "[config][plugins]") {
  const Loaded warned = load("plugin_options:\n  team-owner: {}\n", kGiven);
  CHECK(warned.config);
  REQUIRE(warned.messages.size() == 1);
  CHECK(warned.messages[0] ==
        "5:3: warning: options of plugin 'team-owner', which is not given "
        "with --plugin; ignored; did you mean 'team-ownership'?");
  CHECK(load("plugin_options:\n  team-owner: {}\n", std::nullopt)
            .messages.empty());
  const Loaded list = load("plugin_options: [a]\n", kGiven);
  CHECK_FALSE(list.config);
  REQUIRE(list.messages.size() == 1);
  CHECK(list.messages[0] ==
        "4:17: error: 'plugin_options' must be a map of plugin names to "
        "their options");
  const Loaded inf =
      load("plugin_options:\n  team-ownership: {x: .inf}\n", kGiven);
  REQUIRE(inf.messages.size() == 1);
  CHECK(inf.messages[0] ==
        "5:23: error: '.inf' has no JSON form; plugin options are JSON");
}

}  // namespace
}  // namespace seams::test

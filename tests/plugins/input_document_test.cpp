// The input document of a plugin (plugins/input_document.h): every part the
// protocol promises, relative paths only, fixed key order.
#include "plugins/input_document.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

TEST_CASE("the input document holds modules, files, edges and findings",
          "[plugins]") {
  const Fixture f = make_fixture(
      "version: 1\n"
      "layers: [top, bottom]\n"
      "modules:\n"
      "  app:\n"
      "    paths: [\"src/app/**\"]\n"
      "    depends_on: [\"c*\"]\n"
      "    layer: top\n"
      "    owners: [\"@web\"]\n"
      "  core: {paths: [\"src/core/**\"], public: [\"src/core/*.h\"]}\n",
      {sym("src/app/main.cpp", "src/core/api.h", "core::run", 7)});
  const std::vector<std::string> files = {"src/app/main.cpp", "src/core/api.h",
                                          "src/other.cpp"};
  Finding builtin;
  builtin.rule = "layering";
  builtin.from = f.id("app");
  builtin.to = f.id("core");
  builtin.modules = {f.id("app"), f.id("core")};
  builtin.message = "m";
  builtin.fingerprint = "0123456789abcdef";
  const PluginProject project{*f.config, *f.map, f.graph, files, "seams.yaml"};
  const std::string text =
      plugin_input(project, {builtin}, "budget", R"({"max":3})");
  const auto doc = nlohmann::ordered_json::parse(text);
  CHECK(doc.begin().key() == "protocol");
  CHECK(doc["protocol"] == 1);
  CHECK(doc["plugin"] == "budget");
  CHECK(doc["config"] == "seams.yaml");
  CHECK(doc["options"]["max"] == 3);
  CHECK(doc["layers"] == nlohmann::json({"top", "bottom"}));
  const auto& app = doc["modules"][0];
  CHECK(app["name"] == "app");
  CHECK(app["declared_at"]["line"] == 4);
  CHECK(app["depends_on"] == nlohmann::json({"c*"}));
  CHECK(app["may_use"] == nlohmann::json({"core"}));
  CHECK(app["public"].is_null());
  CHECK(app["owners"] == nlohmann::json({"@web"}));
  CHECK(doc["modules"][1]["may_use"].is_null());
  CHECK(doc["modules"][1]["public"] == nlohmann::json({"src/core/*.h"}));
  REQUIRE(doc["files"].size() == 3);
  CHECK(doc["files"][1]["module"] == "core");
  CHECK(doc["files"][1]["public"] == true);
  CHECK(doc["files"][2]["module"].is_null());
  const auto& edge = doc["edges"][0];
  CHECK(edge["from"] == "app");
  CHECK(edge["symbols"] == 1);
  CHECK(edge["evidence"][0]["line"] == 7);
  CHECK(edge["evidence"][0]["symbol"] == "core::run");
  CHECK(edge["evidence"][0]["target"] == "src/core/api.h");
  CHECK(doc["findings"][0]["rule"] == "layering");
  CHECK(doc["findings"][0]["fingerprint"] == "0123456789abcdef");
  CHECK(plugin_input(project, {}, "budget", "").find("\"options\":null") !=
        std::string::npos);
}

}  // namespace
}  // namespace seams::test

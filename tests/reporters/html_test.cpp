// The HTML report and the Mermaid graph: structure (every module, one heatmap
// cell per dependency of the check JSON, outlines on violating cells), the
// folded variants of module groups, the embedded data round-trips, hostile
// names stay inert, and the same input gives the same bytes.
#include "reporters/html/html.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "graph/libraries.h"
#include "reporters/reporter.h"
#include "rules/rule.h"
#include "scoring/metrics.h"
#include "scoring/scoring.h"
#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

// Module, layer, file and symbol names an attacker could choose.
const char* kYaml = R"(version: 1
layers: ["<b>top</b>", bottom]
groups:
  "</script><g>": {modules: [plain]}
modules:
  "<script>alert(1)</script>": {paths: ["src/x/**"], layer: "<b>top</b>", depends_on: []}
  "q\"'</script>": {paths: ["src/q/**"], layer: bottom, value: high}
  plain: {paths: ["src/plain/**"], layer: bottom}
)";

const char* kHostileSymbol = "ns::f</script><img src=x onerror=alert(2)>";

Fixture hostile() {
  return make_fixture(
      kYaml,
      {inc("src/x/a.cpp", "src/q/<i>.h", 3),
       sym("src/x/a.cpp", "src/q/<i>.h", kHostileSymbol, 7),
       sym("src/q/b.cpp", "src/plain/p.h", "plain::P", 2),
       sym("src/plain/p.cpp", "src/q/<i>.h", "q::Q", 5)});  // q <-> plain
}

struct Rendered {
  std::string html;
  nlohmann::json check;  // `seams check --format json` of the same input
};

Rendered render(const Fixture& f) {
  Report r;
  r.map = f.map.get();
  r.graph = &f.graph;
  r.findings = run_rules({*f.config, *f.map, f.graph, "seams.yaml"});
  r.summary.modules = static_cast<int>(f.map->size());
  count_findings(r);
  const auto metrics = compute_metrics(f.graph, *f.map, {}, {});
  const GitHistory history;
  const ScoringOptions options;
  const Scores scores =
      score_modules({f.graph, *f.map, metrics, history, options});
  r.scores = &scores;
  std::ostringstream html, json;
  write_html_report(r, html);
  find_reporter(Output::check, "json")->write(r, json);
  return {html.str(), nlohmann::json::parse(json.str())};
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos;
       at = text.find(what, at + what.size()))
    ++n;
  return n;
}

// Elements of `cls` (its first class), e.g. "cell" counts <g class="cell">
// and <g class="cell err">, not <g class="cells">.
std::size_t elements(const std::string& html, const std::string& tag,
                     const std::string& cls) {
  return count(html, "<" + tag + " class=\"" + cls + "\"") +
         count(html, "<" + tag + " class=\"" + cls + " ");
}

// The SVG whose id is `id`, from that id to its end: "dsm" is the heatmap of
// modules, "dsm-folded" the heatmap of groups.
std::string svg(const std::string& html, const std::string& id) {
  const auto at = html.find("id=\"" + id + "\" xmlns=");
  if (at == std::string::npos) return "";
  return html.substr(at, html.find("</svg>", at) - at);
}

nlohmann::json embedded_data(const std::string& html) {
  const std::string open =
      "<script type=\"application/json\" id=\"seams-data\">";
  const auto begin = html.find(open) + open.size();
  return nlohmann::json::parse(
      html.substr(begin, html.find("</script>", begin) - begin));
}

TEST_CASE("html: every module is labelled and every dependency is a cell",
          "[html]") {
  const Rendered out = render(hostile());
  CHECK(out.html.starts_with("<!DOCTYPE html>"));
  for (const std::string name : {"&lt;script&gt;alert(1)&lt;/script&gt;",
                                 "q&quot;&#39;&lt;/script&gt;", "plain"}) {
    INFO(name);
    CHECK(count(out.html, ">" + name + "</text>") >= 2);  // row + column
  }
  const std::string dsm = svg(out.html, "dsm"), graph = svg(out.html, "graph");
  CHECK(count(dsm, "<text class=\"rl") == 3);
  CHECK(elements(dsm, "g", "cell") == out.check["dependencies"].size());
  CHECK(elements(dsm, "g", "cell") == 3);
  CHECK(elements(graph, "path", "edge") == 3);
  CHECK(elements(graph, "g", "node") == 3);
  CHECK(elements(out.html, "g", "pt") == 3);  // the scatter
  CHECK(count(out.html, "<tr data-f=") == out.check["findings"].size());
}

TEST_CASE("html: violating cells are outlined, cycle edges marked", "[html]") {
  const std::string html = render(hostile()).html;
  // x -> q breaks depends_on: [] (error); q <-> plain is a cycle. The folded
  // variants (plain is the hostile group's only member) show the same.
  for (const std::string suffix : {"", "-folded"}) {
    INFO(suffix);
    const std::string dsm = svg(html, "dsm" + suffix);
    CHECK(count(dsm, "<g class=\"cell err") == 1);
    CHECK(count(dsm, "cyc\" data-e=") == 2);
    CHECK(count(svg(html, "graph" + suffix), "<g class=\"node cyc\"") == 2);
  }
}

TEST_CASE("html: hostile names cannot open a tag or leave a script", "[html]") {
  const std::string html = render(hostile()).html;
  CHECK(count(html, "<script") == 2);  // the data block and the script
  CHECK(count(html, "</script>") == 2);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>top") == std::string::npos);
  CHECK(html.find("&lt;b&gt;top&lt;/b&gt;") != std::string::npos);
}

TEST_CASE("html: the embedded data round-trips names and evidence", "[html]") {
  const Rendered out = render(hostile());
  const nlohmann::json data = embedded_data(out.html);
  REQUIRE(data["modules"].size() == 3);
  CHECK(data["modules"][0]["name"] == "<script>alert(1)</script>");
  CHECK(data["modules"][0]["layer"] == "<b>top</b>");
  CHECK(data["modules"][0]["group"].is_null());
  CHECK(data["modules"][1]["name"] == "plain");
  CHECK(data["modules"][1]["group"] == "</script><g>");
  REQUIRE(data["edges"].size() == out.check["dependencies"].size());
  bool found = false;
  for (const auto& e : data["edges"])
    for (const auto& ev : e["evidence"])
      found = found || ev[4] == kHostileSymbol;
  CHECK(found);
  CHECK(data["orders"]["level"].size() == 3);
  CHECK(data["modules"][1]["score"]["quadrant"].is_string());
}

TEST_CASE("html: the same input gives the same bytes", "[html]") {
  // Each fixture lives in its own temporary directory, whose name is the
  // project's name in the title.
  auto without_dir = [](std::string html) {
    return std::regex_replace(html, std::regex("seams-fixture-[0-9-]+"), "");
  };
  CHECK(without_dir(render(hostile()).html) ==
        without_dir(render(hostile()).html));
}

TEST_CASE("html: the data block escapes what a script must not see", "[html]") {
  const std::string html = render(hostile()).html;
  const auto data_at = html.find("id=\"seams-data\">");
  const auto data_end = html.find("</script>", data_at);
  const std::string data = html.substr(data_at, data_end - data_at);
  CHECK(data.find("\\u003c/script\\u003e") != std::string::npos);
  CHECK(data.find('\'') == std::string::npos);
}

// Two groups and a module in none: bdl = {bdlb, bdlt}, bsl = {bslma, bsls}.
Fixture grouped() {
  return make_fixture(R"(version: 1
groups:
  bsl: {modules: ["bsl*"]}
  bdl: {modules: [bdlb, bdlt]}
modules:
  app: {paths: ["src/app/**"]}
  bdlb: {paths: ["src/bdlb/**"]}
  bdlt: {paths: ["src/bdlt/**"]}
  bslma: {paths: ["src/bslma/**"]}
  bsls: {paths: ["src/bsls/**"]}
)",
                      {sym("src/app/a.cpp", "src/bdlt/t.h"),
                       sym("src/bdlt/t.cpp", "src/bsls/s.h", "bsls::one", 1),
                       sym("src/bdlt/t.cpp", "src/bsls/s.h", "bsls::two", 2),
                       sym("src/bdlb/b.cpp", "src/bslma/m.h"),
                       sym("src/bdlt/t.cpp", "src/bdlb/b.h", "bdlb::b", 3),
                       sym("src/bslma/m.cpp", "src/bsls/s.h")});
}

TEST_CASE("html: with groups, a toggle swaps in one row and node per group",
          "[html]") {
  const std::string html = render(grouped()).html;
  CHECK(count(html, "<input type=\"checkbox\" id=\"fold-groups\"") == 1);
  // The modules' variants show first; the folded ones wait, hidden.
  CHECK(count(html, "data-fold=\"off\">") == 3);  // hint, heatmap, graph
  CHECK(count(html, "data-fold=\"on\" hidden>") == 3);
  const std::string dsm = svg(html, "dsm-folded");
  for (const std::string name : {"app", "bdl", "bsl"}) {
    INFO(name);
    CHECK(count(dsm, ">" + name + "</text>") == 2);  // row + column
  }
  CHECK(count(dsm, "<text class=\"rl") == 3);
  // app -> bdl, and bdl -> bsl summing bdlt -> bsls (2) and bdlb -> bslma
  // (1); uses inside a group have no cell.
  CHECK(elements(dsm, "g", "cell") == 2);
  CHECK(count(dsm, ">3</text>") == 1);
  const std::string graph = svg(html, "graph-folded");
  CHECK(elements(graph, "g", "node") == 3);
  CHECK(elements(graph, "path", "edge") == 2);
  CHECK(count(graph, "url(#graph-folded-arrow)") == 2);
  CHECK(count(svg(html, "dsm"), "<text class=\"rl") == 5);
  CHECK(elements(svg(html, "dsm"), "g", "cell") == 5);
}

TEST_CASE("html: the folded data names each node's members", "[html]") {
  const nlohmann::json data = embedded_data(render(grouped()).html);
  REQUIRE(data.contains("folded"));
  const nlohmann::json& folded = data["folded"];
  REQUIRE(folded["modules"].size() == 3);
  CHECK(folded["modules"][1]["name"] == "bdl");
  CHECK(folded["modules"][1]["is_group"] == true);
  CHECK(folded["modules"][1]["members"] == nlohmann::json{1, 2});
  CHECK(folded["modules"][1]["internal"] == 1);  // bdlt -> bdlb
  CHECK(folded["modules"][0]["is_group"] == false);
  REQUIRE(folded["edges"].size() == 2);
  CHECK(folded["edges"][1]["from"] == 1);
  CHECK(folded["edges"][1]["to"] == 2);
  CHECK(folded["edges"][1]["symbols"] == 3);
  CHECK(folded["edges"][1]["evidence"].size() == 3);
  CHECK(folded["orders"]["level"].size() == 3);
  CHECK(data["modules"].size() == 5);  // the modules' view is unchanged
}

TEST_CASE("html: without groups there is no toggle and nothing folded",
          "[html]") {
  const Fixture f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
)",
                                 {sym("src/a/a.cpp", "src/b/b.h")});
  const std::string html = render(f).html;
  // (The inlined script names both; the markup holds neither.)
  CHECK(html.find("id=\"fold-groups\"") == std::string::npos);
  CHECK(html.find("data-fold=\"off\"") == std::string::npos);
  CHECK(html.find("data-fold=\"on\" hidden") == std::string::npos);
  CHECK(svg(html, "dsm-folded").empty());
  CHECK(!embedded_data(html).contains("folded"));
}

TEST_CASE("html: libraries are heatmap columns behind a toggle, off by default",
          "[html]") {
  Fixture f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
externals:
  ssl: {includes: ["<openssl/**>"]}
policies:
  ssl-only-b: {kind: only, from: [b], to: ["external:ssl"], message: "m"}
)",
                           {sym("src/a/a.cpp", "src/b/b.h")});
  Diagnostics diags;
  auto ext = [](const std::string& from, const std::string& symbol) {
    return FileUse{
        from, 2, 1, UseKind::symbol, symbol, "/usr/include/openssl/ssl.h",
        {},   {}};
  };
  add_library_edges(f.graph,
                    {ext("src/a/a.cpp", "SSL_new"),
                     ext("src/b/b.cpp", "SSL_new"), ext("src/b/b.cpp", "rand")},
                    {"/usr/include"}, *f.map, {"src/a/a.cpp", "src/b/b.cpp"},
                    diags);
  const Rendered out = render(f);
  const std::string dsm = svg(out.html, "dsm");
  CHECK(count(out.html, "id=\"dsm-externals\"") == 1);
  CHECK(count(out.html, "external libraries (1)") == 1);
  // One column (ssl; never external:other), a cell per module using it, all
  // hidden until the toggle shows them; module cells are unchanged.
  CHECK(count(dsm, "<g class=\"libs\" style=\"display:none\"") == 1);
  CHECK(count(dsm, "<text class=\"ll\" data-l=\"0\"") == 1);
  CHECK(count(dsm, ">external:ssl</text>") == 1);
  CHECK(elements(dsm, "g", "lcell") == 2);
  CHECK(elements(dsm, "g", "cell") == 1);
  CHECK(count(dsm, "data-libs=\"1\"") == 1);
  // The policy's finding on a -> external:ssl is listed; its modules in the
  // data name only rows (a), never a library id.
  const auto data = embedded_data(out.html);
  bool found = false;
  for (const auto& finding : data["findings"])
    if (finding["rule"] == "ssl-only-b") {
      found = true;
      CHECK(finding["modules"] == nlohmann::json::array({0}));
    }
  CHECK(found);
}

TEST_CASE("html: a long edge passes between the rows' boxes", "[html]") {
  // a -> b -> c -> d stacks four rows; a -> d crosses the two between.
  const Fixture f = make_fixture(
      R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
  c: {paths: ["src/c/**"]}
  d: {paths: ["src/d/**"]}
)",
      {sym("src/a/a.cpp", "src/b/b.h"), sym("src/b/b.cpp", "src/c/c.h"),
       sym("src/c/c.cpp", "src/d/d.h"), sym("src/a/a.cpp", "src/d/d.h")});
  const std::string html = render(f).html;
  const auto at = html.find("<path class=\"edge\" data-e=\"1\"");  // a -> d
  REQUIRE(at != std::string::npos);
  const std::string path = html.substr(at, html.find("/path>", at) - at);
  CHECK(count(path, "V") == 2);  // a vertical run through each middle row
  CHECK(count(html, "<path class=\"edge\"") == 4);
}

TEST_CASE("mermaid: layers as subgraphs, escaped labels, styled edges",
          "[reporters]") {
  const Fixture f = hostile();
  Report r;
  r.map = f.map.get();
  r.graph = &f.graph;
  r.findings = run_rules({*f.config, *f.map, f.graph, "seams.yaml"});
  count_findings(r);
  std::ostringstream out;
  find_reporter(Output::graph, "mermaid")->write(r, out);
  const std::string m = out.str();
  CHECK(m.starts_with("flowchart TB\n"));
  CHECK(m.find("  subgraph layer0[\"#60;b#62;top#60;/b#62;\"]\n") !=
        std::string::npos);
  CHECK(m.find("    m0[\"#60;script#62;alert#40;1#41;#60;/script#62;\"]\n") !=
        std::string::npos);
  CHECK(m.find("m2[\"q#34;#39;#60;/script#62;\"]") != std::string::npos);
  CHECK(m.find("  m0 -->|\"1i/1s/0m\"| m2\n") != std::string::npos);
  CHECK(m.find("  linkStyle 0 stroke:#d55e00") != std::string::npos);
  CHECK(m.find("  class m1,m2 cycle\n") != std::string::npos);
}

}  // namespace
}  // namespace seams::test

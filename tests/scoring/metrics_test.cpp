// Per-module metrics on small hand-built graphs: counts on both ends of an
// edge, instability, abstractness and distance, cycles, cohesion, an isolated
// module, and the API surface / outbound edges of the extraction plan.
#include "scoring/metrics.h"

#include <catch2/catch.hpp>

#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

const char* kThree = R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
  c: {paths: ["src/c/**"]}
)";

ClassFact klass(const std::string& file, const std::string& name,
                bool is_abstract) {
  return {"c:@S@" + name, name, file, is_abstract};
}

std::vector<ModuleMetrics> metrics_of(
    const Fixture& f, const std::vector<ClassFact>& classes = {},
    const std::vector<ModuleInterior>& in = {}) {
  return compute_metrics(f.graph, *f.map, classes, in);
}

}  // namespace

TEST_CASE("fan and use counts land on both ends of an edge", "[metrics]") {
  auto f = make_fixture(kThree, {inc("src/a/1.cpp", "src/b/1.h"),
                                 sym("src/a/1.cpp", "src/b/1.h", "b::X", 2),
                                 sym("src/a/1.cpp", "src/b/1.h", "b::Y", 3),
                                 sym("src/c/1.cpp", "src/b/2.h", "b::Z")});
  auto m = metrics_of(f);
  const ModuleMetrics& a = m[0];
  const ModuleMetrics& b = m[1];
  CHECK(a.fan_out == 1);
  CHECK(a.fan_in == 0);
  CHECK(a.efferent_uses == 3);
  CHECK(a.weighted_uses == 2.5);  // an include weighs half a symbol use
  CHECK(a.instability == 1.0);
  CHECK(b.fan_in == 2);
  CHECK(b.afferent_uses == 4);
  CHECK(b.weighted_uses == 3.5);
  CHECK(b.instability == 0.0);
  CHECK(b.exposed_files == 2);
  CHECK(m[2].instability == 1.0);
}

TEST_CASE("instability is efferent over all uses", "[metrics]") {
  auto f = make_fixture(kThree, {sym("src/a/1.cpp", "src/b/1.h"),
                                 sym("src/b/1.cpp", "src/c/1.h", "x", 1),
                                 sym("src/b/1.cpp", "src/c/1.h", "y", 2),
                                 sym("src/b/1.cpp", "src/c/1.h", "z", 3)});
  auto m = metrics_of(f);
  CHECK(m[1].afferent_uses == 1);
  CHECK(m[1].efferent_uses == 3);
  CHECK(m[1].instability == Approx(0.75));
  CHECK(m[1].distance == Approx(0.25));  // no classes: A = 0, |0 + 0.75 - 1|
}

TEST_CASE("a module with only abstract classes is fully abstract",
          "[metrics]") {
  // b is used and uses nothing (I = 0) and holds only interfaces (A = 1): it
  // sits on the main sequence.
  auto f = make_fixture(kThree, {sym("src/a/1.cpp", "src/b/api.h")});
  auto m = metrics_of(f, {klass("src/b/api.h", "b::Port", true),
                          klass("src/b/api.h", "b::Sink", true),
                          klass("src/a/1.cpp", "a::Impl", false)});
  CHECK(m[1].classes == 2);
  CHECK(m[1].abstract_classes == 2);
  CHECK(m[1].abstractness == 1.0);
  CHECK(m[1].distance == 0.0);
  CHECK(m[0].abstractness == 0.0);
  CHECK(m[0].distance == 0.0);  // A = 0, I = 1
}

TEST_CASE("a class seen by several translation units counts once",
          "[metrics]") {
  auto f = make_fixture(kThree, {});
  auto c = klass("src/b/api.h", "b::Port", true);
  auto m = metrics_of(f, {c, c, klass("src/b/api.h", "b::Impl", false)});
  CHECK(m[1].classes == 2);
  CHECK(m[1].abstractness == 0.5);
}

TEST_CASE("every module of a cycle knows it and its peers", "[metrics]") {
  auto f = make_fixture(
      kThree, {sym("src/a/1.cpp", "src/b/1.h"), sym("src/b/1.cpp", "src/a/1.h"),
               sym("src/c/1.cpp", "src/a/1.h")});
  auto m = metrics_of(f);
  CHECK(m[0].in_cycle);
  CHECK(m[0].cycle_peers == std::vector<ModuleId>{f.id("b")});
  CHECK(m[1].in_cycle);
  CHECK_FALSE(m[2].in_cycle);  // uses the cycle, is not part of it
}

TEST_CASE("an isolated module has no coupling and full cohesion", "[metrics]") {
  auto f = make_fixture(kThree, {sym("src/a/1.cpp", "src/b/1.h")});
  auto m = metrics_of(f);
  const ModuleMetrics& c = m[2];
  CHECK(c.fan_in == 0);
  CHECK(c.fan_out == 0);
  CHECK(c.instability == 0.0);
  CHECK(c.cohesion == 1.0);
  CHECK(c.distance == 1.0);  // A = 0 and I = 0: concrete and stable
  CHECK_FALSE(c.in_cycle);
}

TEST_CASE("cohesion is the share of a module's uses that stay inside it",
          "[metrics]") {
  const std::vector<FileUse> uses = {sym("src/a/1.cpp", "src/a/1.h", "x", 1),
                                     sym("src/a/1.cpp", "src/a/2.h", "y", 2),
                                     sym("src/a/1.cpp", "src/b/1.h")};
  auto f = make_fixture(kThree, uses);
  auto interiors = measure_interiors(
      uses, {"src/a/1.cpp", "src/a/1.h", "src/a/2.h", "src/b/1.h", "other.h"},
      {"src/a/1.cpp"}, *f.map);
  CHECK(interiors[0] == ModuleInterior{3, 2});
  CHECK(interiors[1] == ModuleInterior{1, 0});
  auto m = metrics_of(f, {}, interiors);
  CHECK(m[0].cohesion == Approx(2.0 / 3));
  CHECK(m[0].files == 3);
  CHECK(m[1].exposed_files == 1);
}

TEST_CASE("the API surface groups uses by symbol, most used first",
          "[metrics]") {
  auto f =
      make_fixture(kThree, {inc("src/a/1.cpp", "src/b/api.h"),
                            sym("src/a/1.cpp", "src/b/api.h", "b::charge", 4),
                            sym("src/a/2.cpp", "src/b/api.h", "b::refund", 1),
                            sym("src/c/1.cpp", "src/b/api.h", "b::refund", 2),
                            sym("src/c/1.cpp", "src/b/api.h", "b::refund", 3)});
  auto api = api_surface(f.graph, f.id("b"));
  REQUIRE(api.size() == 2);  // the include is not part of a service's API
  CHECK(api[0].symbol == "b::refund");
  CHECK(api[0].uses == 3);
  CHECK(api[0].used_by == std::vector<ModuleId>{f.id("a"), f.id("c")});
  CHECK(api[0].evidence.size() == 3);
  CHECK(api[1].symbol == "b::charge");
  CHECK(api[1].target == "src/b/api.h");
  CHECK(api_surface(f.graph, f.id("a")).empty());
}

TEST_CASE("outbound edges are the module's edges to cut", "[metrics]") {
  auto f = make_fixture(
      kThree, {sym("src/a/1.cpp", "src/c/1.h"), sym("src/a/1.cpp", "src/b/1.h"),
               sym("src/b/1.cpp", "src/c/1.h")});
  auto out = outbound_edges(f.graph, f.id("a"));
  REQUIRE(out.size() == 2);
  CHECK(out[0]->to == f.id("b"));
  CHECK(out[1]->to == f.id("c"));
  CHECK(outbound_edges(f.graph, f.id("c")).empty());
}

}  // namespace seams::test

// The module graph: aggregation of file uses, components, cycle paths and the
// lightest cut.
#include "analyzer/graph.h"

#include <catch2/catch.hpp>

#include "support/fixtures.h"

namespace seams::test {
namespace {

const char* kFour = R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
  c: {paths: ["src/c/**"]}
  d: {paths: ["src/d/**"]}
)";

TEST_CASE("file uses aggregate into one module edge with counts and evidence",
          "[graph]") {
  auto f = make_fixture(
      kFour, {inc("src/a/x.cpp", "src/b/y.h"), sym("src/a/x.cpp", "src/b/y.h"),
              sym("src/a/z.h", "src/b/y.h", "b::Y", 3),
              sym("src/a/x.cpp", "src/a/z.h"), sym("lib/ext.h", "src/b/y.h")});
  REQUIRE(f.graph.edges().size() == 1);
  const ModuleEdge* e = f.graph.edge(f.id("a"), f.id("b"));
  REQUIRE(e);
  CHECK(e->includes == 1);
  CHECK(e->symbols == 2);
  CHECK(e->evidence.size() == 3);
  CHECK(f.graph.edge(f.id("b"), f.id("a")) == nullptr);
}

TEST_CASE("an acyclic graph has no cycles and levelizes dependencies first",
          "[graph]") {
  auto f = make_fixture(
      kFour, {sym("src/a/1.cpp", "src/b/1.h"), sym("src/b/1.cpp", "src/c/1.h"),
              sym("src/d/1.cpp", "src/a/1.h")});
  CHECK(f.graph.cycles().empty());
  auto order = f.graph.levelized_order();
  auto pos = [&](const char* m) {
    return std::find(order.begin(), order.end(), f.id(m)) - order.begin();
  };
  CHECK(pos("c") < pos("b"));
  CHECK(pos("b") < pos("a"));
  CHECK(pos("a") < pos("d"));
}

TEST_CASE("a three-module cycle is one component with a concrete path",
          "[graph]") {
  auto f = make_fixture(
      kFour,
      {sym("src/a/1.cpp", "src/b/1.h"), sym("src/b/1.cpp", "src/c/1.h"),
       sym("src/c/1.cpp", "src/a/1.h"), sym("src/d/1.cpp", "src/a/1.h")});
  auto cycles = f.graph.cycles();
  REQUIRE(cycles.size() == 1);
  CHECK(cycles[0] == std::vector<ModuleId>{f.id("a"), f.id("b"), f.id("c")});
  CHECK(f.graph.cycle_path(cycles[0]) ==
        std::vector<ModuleId>{f.id("a"), f.id("b"), f.id("c"), f.id("a")});
}

TEST_CASE("the lightest cut removes the cheapest edges that break every cycle",
          "[graph]") {
  // a <-> b (a->b heavy, b->a light) and b <-> c (both heavy but c->b lighter).
  std::vector<FileUse> uses;
  for (int i = 1; i <= 5; ++i)
    uses.push_back(sym("src/a/1.cpp", "src/b/1.h", "s", i));
  uses.push_back(sym("src/b/1.cpp", "src/a/1.h"));
  for (int i = 1; i <= 4; ++i)
    uses.push_back(sym("src/b/2.cpp", "src/c/1.h", "s", i));
  for (int i = 1; i <= 3; ++i)
    uses.push_back(sym("src/c/1.cpp", "src/b/1.h", "s", i));
  auto f = make_fixture(kFour, uses);
  auto cycles = f.graph.cycles();
  REQUIRE(cycles.size() == 1);
  auto cut = f.graph.lightest_cut(cycles[0]);
  CHECK(cut == std::vector<std::pair<ModuleId, ModuleId>>{
                   {f.id("b"), f.id("a")}, {f.id("c"), f.id("b")}});
}

TEST_CASE("two separate cycles are two components", "[graph]") {
  auto f = make_fixture(
      kFour,
      {sym("src/a/1.cpp", "src/b/1.h"), sym("src/b/1.cpp", "src/a/1.h"),
       sym("src/c/1.cpp", "src/d/1.h"), sym("src/d/1.cpp", "src/c/1.h")});
  CHECK(f.graph.cycles().size() == 2);
}

TEST_CASE("an isolated module has no edges and is still levelized", "[graph]") {
  auto f = make_fixture(kFour, {});
  CHECK(f.graph.edges().empty());
  CHECK(f.graph.levelized_order().size() == 4);
}

}  // namespace
}  // namespace seams::test

// The module graph: aggregation of file uses, components, cycle paths and the
// lightest cut.
#include "graph/graph.h"

#include <catch2/catch.hpp>

#include "tests/support/fixtures.h"

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
  CHECK(e->count(UseKind::include) == 1);
  CHECK(e->count(UseKind::symbol) == 2);
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

namespace seams::test {
namespace {

const char* kDeclYaml = R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
)";

FileUse declaration(const std::string& from, const std::string& def,
                    const std::string& declared_in) {
  return {from, 1, 1, UseKind::declaration, "x::T", def, {}, declared_in};
}

TEST_CASE(
    "a name forward-declared in the using module is a declaration edge, "
    "not a dependency",
    "[graph]") {
  auto f = make_fixture(kDeclYaml,
                        {declaration("src/a/x.h", "src/b/t.cpp", "src/a/x.h")});
  CHECK(f.graph.edges().empty());
  REQUIRE(f.graph.declaration_edges().size() == 1);
  CHECK(f.graph.declaration_edges()[0].count(UseKind::declaration) == 1);
}

TEST_CASE(
    "a name forward-declared in another module's file is a symbol use "
    "of that file",
    "[graph]") {
  auto f = make_fixture(
      kDeclYaml, {declaration("src/a/x.cpp", "src/b/t.cpp", "src/b/api.h")});
  REQUIRE(f.graph.edges().size() == 1);
  CHECK(f.graph.edges()[0].count(UseKind::symbol) == 1);
  CHECK(f.graph.edges()[0].evidence[0].target == "src/b/api.h");
}

TEST_CASE(
    "the module's own class seen through another module's forward "
    "declaration makes no edge",
    "[graph]") {
  auto f = make_fixture(kDeclYaml,
                        {declaration("src/a/x.h", "src/a/t.h", "src/b/fwd.h")});
  CHECK(f.graph.edges().empty());
  CHECK(f.graph.declaration_edges().empty());
}

}  // namespace
}  // namespace seams::test

// fold_groups: one node per group, member edges summed, edges inside a group
// dropped, the group's layer (or its members' shared one) on its node.
#include "graph/group_fold.h"

#include <catch2/catch.hpp>

#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

const char* kYaml = R"(version: 1
layers: [top, base]
groups:
  bsl: {modules: [bsls, bslma]}
  bdl: {modules: ["bdl*"], layer: top}
modules:
  bsls: {paths: ["src/bsls/**"], layer: base}
  bslma: {paths: ["src/bslma/**"], layer: base}
  bdlb: {paths: ["src/bdlb/**"]}
  bdlt: {paths: ["src/bdlt/**"], layer: base}
  app: {paths: ["src/app/**"]}
)";

TEST_CASE("folding groups sums member edges and drops edges inside a group",
          "[graph][groups]") {
  const Fixture f = make_fixture(
      kYaml, {sym("src/bdlt/a.cpp", "src/bsls/x.h"),
              sym("src/bdlt/a.cpp", "src/bsls/y.h", "y", 2),
              inc("src/bdlb/b.cpp", "src/bslma/z.h"),
              sym("src/bslma/c.cpp", "src/bsls/x.h"),  // inside bsl
              sym("src/bdlt/a.cpp", "src/bdlb/w.h"),   // inside bdl
              sym("src/app/m.cpp", "src/bdlt/v.h")});
  const FoldedGraph folded = fold_groups(*f.map, f.graph);
  CHECK(folded.map->names() == std::vector<std::string>{"app", "bdl", "bsl"});
  CHECK(folded.node_of[static_cast<std::size_t>(f.id("bslma"))] ==
        *folded.map->find("bsl"));
  CHECK(folded.node_of[static_cast<std::size_t>(f.id("app"))] ==
        *folded.map->find("app"));
  REQUIRE(folded.graph.edges().size() == 2);
  const ModuleEdge* e =
      folded.graph.edge(*folded.map->find("bdl"), *folded.map->find("bsl"));
  REQUIRE(e != nullptr);
  CHECK(e->count(UseKind::symbol) == 2);
  CHECK(e->count(UseKind::include) == 1);
  CHECK(e->evidence.size() == 3);
  CHECK(folded.graph.edge(*folded.map->find("app"), *folded.map->find("bdl")));
  // bdl's own layer wins over bdlt's; bsl's members agree on base.
  CHECK(folded.map->module_config(*folded.map->find("bdl")).layer->name ==
        "top");
  CHECK(folded.map->module_config(*folded.map->find("bsl")).layer->name ==
        "base");
  CHECK_FALSE(folded.map->module_config(*folded.map->find("app")).layer);
}

TEST_CASE("folding without groups changes nothing", "[graph][groups]") {
  const Fixture f = make_fixture(
      "version: 1\nmodules:\n  a: {paths: [\"src/a/**\"]}\n"
      "  b: {paths: [\"src/b/**\"]}\n",
      {sym("src/a/x.cpp", "src/b/y.h")});
  const FoldedGraph folded = fold_groups(*f.map, f.graph);
  CHECK(folded.map->names() == f.map->names());
  REQUIRE(folded.graph.edges().size() == 1);
  CHECK(folded.graph.edges()[0].from == f.graph.edges()[0].from);
}

}  // namespace
}  // namespace seams::test

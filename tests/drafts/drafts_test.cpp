// Drafts of seams.yaml (`seams init`): the text, the tree draft, the CMake
// draft from a codemodel, the File API reply reader, and what the graph
// observed.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "drafts/clustering.h"
#include "drafts/cmake_codemodel.h"
#include "drafts/cmake_draft.h"
#include "drafts/draft_config.h"
#include "drafts/mojo.h"
#include "drafts/observed.h"
#include "drafts/suggest.h"
#include "drafts/tree_draft.h"
#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

namespace fs = std::filesystem;

const DraftModule* find(const DraftConfig& d, const std::string& name) {
  for (const DraftModule& m : d.modules)
    if (m.name == name) return &m;
  return nullptr;
}

// The draft's text loads as a config, with the same modules and globs.
std::optional<Config> load(const DraftConfig& d) {
  Diagnostics diags;
  auto cfg = load_config_from_string(draft_yaml(d), "/tmp/seams.yaml",
                                     config_vocabulary(), diags);
  INFO(draft_yaml(d));
  INFO((diags.all().empty() ? std::string() : diags.all().front().message));
  REQUIRE(cfg);
  return cfg;
}

using Strings = std::vector<std::string>;

TEST_CASE("a draft's text reads back as the same config", "[drafts]") {
  DraftConfig d;
  d.header = {"drafted for a test", ""};
  d.layers = {"level1", "level0"};
  d.exclude = {"third_party/**"};
  d.depends_on_mode = "transitive";
  d.modules.push_back({"net",
                       {"src/net/**"},
                       {"src/net/include/**"},
                       Strings{"yes"},
                       "level1",
                       {"the network"}});
  // Names YAML would read as something else, and quotes in globs.
  d.modules.push_back(
      {"yes", {"src/yes/**", "src/a \"b\".h"}, {}, Strings{}, "level0", {}});
  d.modules.push_back({"1.5", {"v/**"}, {}, std::nullopt, "", {}});
  const std::string text = draft_yaml(d);
  CHECK(text.starts_with("# drafted for a test\n#\nversion: 1\n"));
  CHECK(text.find("  \"yes\":\n") != std::string::npos);
  CHECK(text.find("  \"1.5\":\n") != std::string::npos);
  CHECK(text.find("  # the network\n  net:\n") != std::string::npos);
  auto cfg = load(d);
  REQUIRE(cfg->modules.size() == 3);
  CHECK(cfg->modules[0].name == "net");
  REQUIRE(cfg->modules[0].depends_on);
  CHECK(cfg->modules[0].depends_on->front().name == "yes");
  CHECK(cfg->modules[1].name == "yes");
  CHECK(cfg->modules[1].paths[1].glob.pattern() == "src/a \"b\".h");
  CHECK(cfg->modules[1].depends_on->empty());
  CHECK(cfg->modules[2].name == "1.5");
  CHECK_FALSE(cfg->modules[2].depends_on);
  CHECK(draft_yaml(d) == text);  // deterministic
}

TEST_CASE("the tree draft: containers, include pairs, vendored code, the root",
          "[drafts]") {
  const Strings files = {"include/net/socket.h",  "include/version.h",
                         "lib/net/x.cc",          "main.cpp",
                         "src/core/a.cpp",        "src/core/a.h",
                         "src/main.cpp",          "src/net/socket.cpp",
                         "src/ui/include/ui/w.h", "src/ui/w.cpp",
                         "src/third_party/z.c",   "third_party/zlib/z.c",
                         "tools/gen/gen.cpp"};
  const DraftConfig d = draft_from_tree(files);
  CHECK(d.exclude == Strings{"src/third_party/**", "third_party/**"});
  // net is in src/ and lib/: both keep their path as the name; the include/
  // pair goes to the first container by path.
  const DraftModule* lib_net = find(d, "lib/net");
  const DraftModule* src_net = find(d, "src/net");
  REQUIRE(lib_net);
  REQUIRE(src_net);
  CHECK(lib_net->paths == Strings{"lib/net/**", "include/net/**"});
  CHECK(lib_net->public_ == Strings{"include/net/**"});
  CHECK(src_net->paths == Strings{"src/net/**"});
  const DraftModule* core = find(d, "core");
  REQUIRE(core);
  CHECK(core->paths == Strings{"src/core/**"});
  CHECK(core->public_.empty());
  const DraftModule* ui = find(d, "ui");
  REQUIRE(ui);
  CHECK(ui->public_ == Strings{"src/ui/include/**"});
  const DraftModule* tools = find(d, "tools");
  REQUIRE(tools);
  CHECK(tools->paths == Strings{"tools/**"});
  const DraftModule* root = find(d, "root");
  REQUIRE(root);
  CHECK(root->paths == Strings{"*"});
  REQUIRE(find(d, "src"));
  CHECK(find(d, "src")->paths == Strings{"src/*"});
  REQUIRE(find(d, "include"));
  CHECK(find(d, "include")->paths == Strings{"include/*"});
  CHECK(d.modules.size() == 8);
  load(d);
}

TEST_CASE("module names lose the characters seams.yaml cannot take",
          "[drafts]") {
  CHECK(module_name_from("net") == "net");
  CHECK(module_name_from("my lib*") == "my_lib_");
  CHECK(module_name_from("") == "_");
  const DraftConfig d = draft_from_tree({"a b/x.cc", "a_b/y.cc"});
  REQUIRE(d.modules.size() == 2);
  CHECK(d.modules[0].name == "a_b");
  CHECK(d.modules[1].name == "a_b_2");
  load(d);
}

CMakeTarget target(std::string name, std::string type, Strings sources,
                   Strings includes, Strings deps) {
  CMakeTarget t;
  t.name = std::move(name);
  t.type = std::move(type);
  t.sources = std::move(sources);
  t.include_dirs = std::move(includes);
  t.dependencies = std::move(deps);
  return t;
}

// /r: c (src/c, PUBLIC src), a (src/a, PUBLIC src/a/include, PRIVATE src/a,
// links c PUBLIC), b (src/b, links a PRIVATE), app (main.cpp, links b), a
// test of a beside it, and vendored gtest.
CMakeCodemodel sample_model() {
  CMakeCodemodel m;
  m.source_dir = "/r";
  m.build_dir = "/r/build";
  m.targets = {
      target("a", "STATIC_LIBRARY",
             {"/r/src/a/a.cpp", "/r/src/a/include/a/a.h"},
             {"/r/src", "/r/src/a", "/r/src/a/include"}, {"c"}),
      target("a_test", "EXECUTABLE", {"/r/src/a/a_test.cpp"},
             {"/r/src", "/r/src/a/include", "/r/third_party/gtest/include"},
             {"a", "c", "gtest"}),
      target("app", "EXECUTABLE", {"/r/main.cpp"}, {}, {"a", "b", "c"}),
      target("b", "STATIC_LIBRARY", {"/r/src/b/b.cpp", "/r/src/b/b.h"},
             {"/r/src", "/r/src/a/include"}, {"a", "c"}),
      target("c", "STATIC_LIBRARY", {"/r/src/c/c.cpp", "/r/src/c/c.h"},
             {"/r/src"}, {}),
      target("gen", "UTILITY", {}, {}, {}),
      target("gtest", "STATIC_LIBRARY", {"/r/third_party/gtest/g.cc"},
             {"/r/third_party/gtest/include"}, {}),
  };
  return m;
}

TEST_CASE("the CMake draft: modules per target, direct links, public dirs",
          "[drafts]") {
  const CMakeDraft d = draft_from_cmake(sample_model(), "/r");
  CHECK(d.config.depends_on_mode == "transitive");
  CHECK(d.config.exclude == Strings{"third_party/**"});
  CHECK(d.skipped == Strings{"gtest: vendored code"});  // gen: no code
  REQUIRE(d.config.modules.size() == 4);  // a, app, b, c; a_test joined a
  const DraftModule* a = find(d.config, "a");
  REQUIRE(a);
  CHECK(a->paths == Strings{"src/a/**"});
  CHECK(a->public_ == Strings{"src/a/include/**"});
  CHECK(*a->depends_on == Strings{"c"});
  CHECK(a->notes.back().find("a_test") != std::string::npos);
  const DraftModule* b = find(d.config, "b");
  REQUIRE(b);
  CHECK(*b->depends_on == Strings{"a"});  // c only through a
  CHECK(b->public_.empty());  // nothing inherits an include dir from b
  CHECK(d.all_links.at("b") == Strings{"a", "c"});
  const DraftModule* c = find(d.config, "c");
  REQUIRE(c);
  CHECK(c->public_.empty());  // PUBLIC src holds all of c: headers public
  CHECK(c->depends_on->empty());
  const DraftModule* app = find(d.config, "app");
  REQUIRE(app);
  CHECK(app->paths == Strings{"*"});
  CHECK(*app->depends_on == Strings{"b"});
  load(d.config);
}

TEST_CASE("the CMake draft: a library's files in another's folder are listed",
          "[drafts]") {
  CMakeCodemodel m;
  m.targets = {
      target("big", "STATIC_LIBRARY",
             {"/r/lib/x.cc", "/r/lib/y.cc", "/r/lib/sub/z.cc"}, {}, {}),
      target("small", "STATIC_LIBRARY", {"/r/lib/s.cc"}, {}, {"big"}),
      target("outside", "STATIC_LIBRARY", {"/elsewhere/o.cc"}, {}, {}),
      // Both list mix/shared.h in a folder `mix` owns: the smaller target
      // gets it, once.
      target("mix", "STATIC_LIBRARY",
             {"/r/mix/a.cc", "/r/mix/b.cc", "/r/mix/c.cc", "/r/mix/d.cc"}, {},
             {}),
      target("impl", "STATIC_LIBRARY", {"/r/mix/i.cc", "/r/mix/shared.h"}, {},
             {}),
      target("impl_full", "STATIC_LIBRARY",
             {"/r/mix/f.cc", "/r/mix/g.cc", "/r/mix/shared.h"}, {}, {}),
  };
  const CMakeDraft d = draft_from_cmake(m, "/r");
  const DraftModule* big = find(d.config, "big");
  REQUIRE(big);
  CHECK(big->paths == Strings{"lib/**"});  // lib/sub is below lib/**
  const DraftModule* small = find(d.config, "small");
  REQUIRE(small);
  CHECK(small->paths == Strings{"lib/s.cc"});
  CHECK(d.skipped == Strings{"outside: no source under the project root"});
  CHECK(find(d.config, "impl")->paths == Strings{"mix/i.cc", "mix/shared.h"});
  CHECK(find(d.config, "impl_full")->paths == Strings{"mix/f.cc", "mix/g.cc"});
  load(d.config);
}

// A File API reply on disk, as CMake writes it.
struct Reply {
  fs::path build = fs::temp_directory_path() /
                   ("seams-fileapi-" + std::to_string(::getpid()));
  fs::path dir = build / ".cmake/api/v1/reply";
  Reply() { fs::create_directories(dir); }
  ~Reply() { fs::remove_all(build); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(dir / name) << text;
  }
};

TEST_CASE("the File API reply: codemodel and targets", "[drafts]") {
  Reply r;
  r.write(
      "index-2026-01-01T00-00-00-0000.json",
      R"({"reply": {"client-seams": {"codemodel-v2": {"jsonFile": "old.json"}}}})");
  r.write(
      "index-2026-02-01T00-00-00-0000.json",
      R"({"reply": {"client-seams": {"codemodel-v2": {"jsonFile": "cm.json"}}}})");
  r.write("cm.json", R"({"paths": {"source": "/r", "build": "/r/build"},
    "configurations": [{"name": "Release", "targets": [
      {"name": "b", "id": "b::@1", "jsonFile": "tb.json"},
      {"name": "a", "id": "a::@1", "jsonFile": "ta.json"}]}]})");
  r.write("ta.json", R"({"name": "a", "id": "a::@1", "type": "STATIC_LIBRARY",
    "sources": [{"path": "src/a.cpp"}, {"path": "/r/build/gen.cpp", "isGenerated": true}],
    "compileGroups": [{"includes": [{"path": "/r/include"}]}]})");
  r.write("tb.json", R"({"name": "b", "id": "b::@1", "type": "EXECUTABLE",
    "sources": [{"path": "b.cpp"}], "dependencies": [{"id": "a::@1"}]})");
  Diagnostics diags;
  auto m = read_cmake_codemodel(r.build, diags);
  REQUIRE(m);
  CHECK(m->configuration == "Release");
  REQUIRE(m->targets.size() == 2);
  CHECK(m->targets[0].name == "a");
  CHECK(m->targets[0].sources == Strings{"/r/src/a.cpp"});
  CHECK(m->targets[0].include_dirs == Strings{"/r/include"});
  CHECK(m->targets[1].dependencies == Strings{"a"});
}

TEST_CASE("a damaged File API reply is an error at its line and column",
          "[drafts]") {
  Reply r;
  Diagnostics none;
  CHECK_FALSE(read_cmake_codemodel(r.build, none));
  CHECK(none.all().front().message.find("no File API reply") !=
        std::string::npos);
  r.write(
      "index-1.json",
      R"({"reply": {"client-seams": {"codemodel-v2": {"jsonFile": "cm.json"}}}})");
  r.write("cm.json", "{\"paths\": {\"source\": \"/r\",\n  \"build\": }");
  Diagnostics diags;
  CHECK_FALSE(read_cmake_codemodel(r.build, diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].file.ends_with("cm.json"));
  CHECK(diags.all()[0].line == 2);
  CHECK(diags.all()[0].column == 12);
}

TEST_CASE("observed: depends_on from the edges, layers from the levels",
          "[drafts]") {
  // a -> b -> c, c <-> d: levels c, d = 0; b = 1; a = 2.
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["a/**"]}
  b: {paths: ["b/**"]}
  c: {paths: ["c/**"]}
  d: {paths: ["d/**"]}
)",
                        {sym("a/x.cpp", "b/y.h"), sym("b/y.cpp", "c/z.h"),
                         sym("c/z.cpp", "d/w.h"), sym("d/w.cpp", "c/z.h")});
  DraftConfig d;
  for (const char* n : {"a", "b", "c", "d"})
    d.modules.push_back(
        {n, {std::string(n) + "/**"}, {}, std::nullopt, "", {}});
  depend_on_observed(d, f.map->names(), f.graph);
  layer_by_levels(d, f.map->names(), f.graph);
  CHECK(d.layers == Strings{"level2", "level1", "level0"});
  CHECK(d.modules[0].layer == "level2");
  CHECK(d.modules[1].layer == "level1");
  CHECK(d.modules[2].layer == "level0");
  CHECK(d.modules[3].layer == "level0");
  CHECK(*d.modules[0].depends_on == Strings{"b"});
  CHECK(*d.modules[2].depends_on == Strings{"d"});
  CHECK(*d.modules[3].depends_on == Strings{"c"});
  load(d);
}

TEST_CASE("MoJo and MoJoFM agree with hand-computed examples", "[drafts]") {
  // A = {1,2,3}{4,5}, B = {1,2}{3,4,5}: move 3; max over A' is 5 - 2 = 3.
  CHECK(mojo_distance({0, 0, 0, 1, 1}, {7, 7, 8, 8, 8}) == 1);
  CHECK(mojofm({0, 0, 0, 1, 1}, {7, 7, 8, 8, 8}) == Approx(100.0 * 2 / 3));
  // The same partition under other names.
  CHECK(mojo_distance({0, 0, 1, 1, 2}, {5, 5, 3, 3, 9}) == 0);
  CHECK(mojofm({0, 0, 1, 1, 2}, {5, 5, 3, 3, 9}) == 100.0);
  // Singletons against one cluster: three joins, as far as it gets.
  CHECK(mojo_distance({0, 1, 2, 3}, {0, 0, 0, 0}) == 3);
  CHECK(mojofm({0, 1, 2, 3}, {0, 0, 0, 0}) == 0.0);
  // {1,2}{3,4} against {1,3}{2,4}: ties on both sides, the matching keeps
  // two groups, so two moves and no join.
  CHECK(mojo_distance({0, 0, 1, 1}, {0, 1, 0, 1}) == 2);
  // One cluster of A against two of B: one move (not a join).
  CHECK(mojo_distance({0, 0, 0, 0}, {0, 0, 0, 1}) == 1);
  // Not symmetric: {1,2,3,4} -> {1,2}{3,4} is 2 moves, the reverse 1 join.
  CHECK(mojo_distance({0, 0, 0, 0}, {0, 0, 1, 1}) == 2);
  CHECK(mojo_distance({0, 0, 1, 1}, {0, 0, 0, 0}) == 1);
}

// Cliques of `size` nodes each, joined in a ring by one light edge.
WeightedGraph planted(std::size_t cliques, std::size_t size) {
  WeightedGraph g;
  g.nodes = cliques * size;
  for (std::size_t c = 0; c < cliques; ++c) {
    for (std::size_t i = 0; i < size; ++i)
      for (std::size_t j = i + 1; j < size; ++j)
        g.edges.emplace_back(c * size + i, c * size + j, 3.0);
    g.edges.emplace_back(c * size, ((c + 1) % cliques) * size + 1, 1.0);
  }
  return g;
}

TEST_CASE("louvain recovers planted communities, the same for a seed",
          "[drafts]") {
  const WeightedGraph g = planted(6, 5);
  std::vector<int> truth;
  for (std::size_t i = 0; i < g.nodes; ++i)
    truth.push_back(static_cast<int>(i / 5));
  for (const std::uint64_t seed : {1u, 2u, 42u}) {
    const std::vector<int> found = louvain(g, 1.0, seed);
    CHECK(mojofm(found, truth) == 100.0);
    CHECK(found == louvain(g, 1.0, seed));
  }
  CHECK(modularity(g, truth) > 0.7);
  CHECK(modularity(g, truth) > modularity(g, std::vector<int>(g.nodes, 0)));
  // A low resolution merges neighbouring cliques.
  const std::vector<int> coarse = louvain(g, 0.05, 1);
  CHECK(*std::max_element(coarse.begin(), coarse.end()) < 5);
}

TEST_CASE("louvain: isolated nodes alone, communities connected", "[drafts]") {
  WeightedGraph g;
  g.nodes = 5;  // 0-1-2 a path, 3 and 4 alone
  g.edges = {{0, 1, 1.0}, {1, 2, 1.0}};
  const std::vector<int> c = louvain(g, 1.0, 7);
  CHECK(c[0] == c[1]);
  CHECK(c[1] == c[2]);
  CHECK(c[3] != c[0]);
  CHECK(c[4] != c[3]);
  CHECK(c == std::vector<int>{0, 0, 0, 1, 2});  // numbered by first node
}

FileUse use(const std::string& from, const std::string& to, int n = 1,
            UseKind kind = UseKind::symbol) {
  FileUse u;
  u.from = from;
  u.to = to;
  u.kind = kind;
  u.line = static_cast<std::uint32_t>(n);
  return u;
}

// Two folder families: a* use each other, b* use each other, one light use
// across; src/a's header lives in include/a (joined by its source's include).
struct SuggestFixture {
  std::vector<std::string> files = {
      "include/a/a.h", "src/a/a.cpp", "src/a2/x.cpp", "src/a2/x.h",
      "src/b/b.cpp",   "src/b/b.h",   "src/b2/y.cpp", "src/b2/y.h"};
  std::vector<FileUse> uses;
  SuggestFixture() {
    uses.push_back(use("src/a/a.cpp", "include/a/a.h", 1, UseKind::include));
    for (int i = 0; i < 6; ++i) {
      uses.push_back(use("src/a2/x.cpp", "include/a/a.h", i));
      uses.push_back(use("src/b2/y.cpp", "src/b/b.h", i));
      uses.push_back(use("src/a/a.cpp", "src/a2/x.h", i));
      uses.push_back(use("src/b/b.cpp", "src/b2/y.h", i));
    }
    uses.push_back(use("src/b/b.cpp", "src/a2/x.h"));
  }
};

TEST_CASE("suggest: a header stays with its source, folders cluster by use",
          "[drafts]") {
  SuggestFixture f;
  const SuggestGraph g = suggest_graph(f.files, f.uses, {}, {}, false, {});
  REQUIRE(g.nodes.size() == 4);
  CHECK(g.nodes[0].key == "include/a");
  CHECK(g.nodes[0].units == Strings{"include/a", "src/a"});
  CHECK(g.nodes[0].files == Strings{"include/a/a.h", "src/a/a.cpp"});
  CHECK(g.total_uses == Approx(0.5 + 24 + 1));
  const Partition p = suggest_partition(g, 1.0, 1);
  CHECK(p.count == 2);
  CHECK(p.community[0] == p.community[1]);  // a + a2
  CHECK(p.community[2] == p.community[3]);  // b + b2
  CHECK(p.community[0] != p.community[2]);
  CHECK(p.crossing_share == Approx(1 / 25.5));
  // Named after the current modules; paths as folder globs; depends_on and
  // layers from the uses across.
  const Strings current = {"alpha", "alpha", "beta", "alpha"};
  Strings names;
  const DraftConfig d = suggestion_draft(g, p, current, names);
  CHECK(names == Strings{"alpha", "beta"});
  REQUIRE(d.modules.size() == 2);
  CHECK(d.modules[0].name == "alpha");
  CHECK(d.modules[0].paths == Strings{"include/a/**", "src/a/**", "src/a2/**"});
  CHECK(d.modules[1].paths == Strings{"src/b/**", "src/b2/**"});
  CHECK(*d.modules[1].depends_on == Strings{"alpha"});
  CHECK(d.modules[1].layer == "level1");
  load(d);
  // The one node whose module changes, with its evidence.
  const std::vector<Move> moves = largest_moves(g, p, names, current, 10);
  REQUIRE(moves.size() == 1);
  CHECK(moves[0].node == "src/b2");
  CHECK(moves[0].from == "alpha");
  CHECK(moves[0].to == "beta");
  CHECK(moves[0].with_to == Approx(12));
  CHECK(moves[0].total == Approx(12));
}

TEST_CASE("suggest: co-change ties folders the uses do not", "[drafts]") {
  SuggestFixture f;
  // src/a2 changes with src/b in every commit; a commit touching too many
  // files is ignored.
  std::vector<std::vector<std::string>> commits(
      200, {"src/a2/x.cpp", "src/b/b.cpp"});
  commits.push_back(f.files);
  SuggestSignals only_history;
  only_history.uses = false;
  only_history.max_commit_files = 4;
  const SuggestGraph g =
      suggest_graph(f.files, f.uses, commits, {}, false, only_history);
  CHECK(g.commits_used == 200);
  CHECK(g.uses.empty());
  const Partition p = suggest_partition(g, 1.0, 1);
  CHECK(p.community[1] == p.community[2]);  // src/a2 with src/b
  // Folder globs where a subtree is split: DIR/* for the parent.
  SuggestGraph nested;
  nested.nodes = {{"src", {"src"}, {"src/m.cpp"}},
                  {"src/x", {"src/x"}, {"src/x/x.cpp"}}};
  nested.weighted.nodes = 2;
  Strings names;
  const DraftConfig d =
      suggestion_draft(nested, partition_from(nested, {0, 1}), {}, names);
  CHECK(names == Strings{"src", "x"});
  CHECK(d.modules[0].paths == Strings{"src/*"});
  CHECK(d.modules[1].paths == Strings{"src/x/**"});
}

TEST_CASE("suggest: shared owners tie folders, as a hint", "[drafts]") {
  SuggestFixture f;
  const std::map<std::string, std::vector<std::string>> owners = {
      {"src/a2/x.cpp", {"@team-x"}},
      {"src/b/b.cpp", {"@team-x"}},
      {"src/b2/y.cpp", {"@team-y"}}};
  const SuggestGraph g = suggest_graph(f.files, f.uses, {}, owners, false, {});
  REQUIRE(g.owners.size() == 1);  // one owner with two nodes
  CHECK(g.owners.begin()->first == std::pair<std::size_t, std::size_t>{1, 2});
  // A hint: the uses still decide.
  const Partition p = suggest_partition(g, 1.0, 1);
  CHECK(p.community[1] == p.community[0]);
  SuggestSignals no_owners;
  no_owners.owners = false;
  CHECK(suggest_graph(f.files, f.uses, {}, owners, false, no_owners)
            .owners.empty());
}

TEST_CASE("suggest: stems, header and source together", "[drafts]") {
  SuggestFixture f;
  const SuggestGraph g = suggest_graph(f.files, f.uses, {}, {}, true, {});
  CHECK(g.stems);
  REQUIRE(g.nodes.size() == 4);
  CHECK(g.nodes[0].units == Strings{"include/a/a", "src/a/a"});
  CHECK(g.nodes[1].key == "src/a2/x");
  CHECK(g.nodes[1].files == Strings{"src/a2/x.cpp", "src/a2/x.h"});
  Strings names;
  const DraftConfig d =
      suggestion_draft(g, suggest_partition(g, 1.0, 3), {}, names);
  CHECK(d.modules[0].paths ==
        Strings{"include/a/a.*", "src/a/a.*", "src/a2/x.*"});
  load(d);
}

}  // namespace
}  // namespace seams::test

// Library edges: uses of code outside the project, each claimed by the first
// library of `externals:` whose paths, include names or namespaces hold it.
#include "graph/libraries.h"

#include <catch2/catch.hpp>

#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

const char* kLibraries = R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
externals:
  ssl:
    includes: ["<openssl/**>"]
  zlib:
    paths: ["/opt/zlib/**", "third_party/zlib/**"]
  asio:
    includes: ["<boost/**>"]
  boost:
    namespaces: [boost]
  stdlib:
    namespaces: [std]
)";

// A use of external code written at src/<from>: `to` is the absolute path.
FileUse ext(const std::string& from, UseKind kind, const std::string& symbol,
            const std::string& to, std::uint32_t line = 1) {
  return {from, line, 1, kind, symbol, to, {}, {}};
}

const std::vector<std::string> kDirs = {"/usr/include", "/usr/include/c++/12",
                                        "/usr/include/openssl"};

TEST_CASE(
    "include names are the path below each include directory, shortest first",
    "[graph][libraries]") {
  CHECK(include_names("/usr/include/openssl/ssl.h", kDirs) ==
        std::vector<std::string>{"ssl.h", "openssl/ssl.h"});
  CHECK(include_names("/usr/include/c++/12/bits/basic_string.h", kDirs) ==
        std::vector<std::string>{"bits/basic_string.h",
                                 "c++/12/bits/basic_string.h"});
  CHECK(include_names("/opt/x/y.h", kDirs).empty());
  CHECK(include_names("/usr/includes/y.h", kDirs).empty());  // not below
}

TEST_CASE("uses of external code become edges to the library that claims them",
          "[graph][libraries]") {
  auto f = make_fixture(kLibraries, {});
  Diagnostics diags;
  add_library_edges(
      f.graph,
      {ext("src/a/x.cpp", UseKind::include, "<openssl/ssl.h>",
           "/usr/include/openssl/ssl.h", 1),
       // found below /usr/include/openssl too, but "openssl/x509.h" matches
       ext("src/a/x.cpp", UseKind::symbol, "X509",
           "/usr/include/openssl/x509.h", 2),
       ext("src/a/x.cpp", UseKind::symbol, "inflate",
           "/opt/zlib/include/zlib.h", 3),
       // boost::asio in <boost/...>: the include rule of asio is declared
       // before boost's namespace rule, so asio wins
       ext("src/b/y.cpp", UseKind::symbol, "boost::asio::io_context",
           "/usr/include/boost/asio/io_context.hpp", 1),
       // in namespace boost, but in a header outside <boost/**>
       ext("src/b/y.cpp", UseKind::symbol, "boost::shared_ptr",
           "/opt/local/shared_ptr.hpp", 2),
       ext("src/b/y.cpp", UseKind::symbol, "std::string",
           "/usr/include/c++/12/bits/basic_string.h", 3),
       // a namespace claims symbols only: the include of <string> is
       // external:other
       ext("src/b/y.cpp", UseKind::include, "<string>",
           "/usr/include/c++/12/string", 4),
       ext("src/b/y.cpp", UseKind::symbol, "rand", "/usr/include/stdlib.h", 5),
       // written in no module: no edge
       ext("tools/t.cpp", UseKind::symbol, "std::string",
           "/usr/include/c++/12/bits/basic_string.h", 1)},
      kDirs, *f.map, {"src/a/x.cpp", "src/b/y.cpp", "tools/t.cpp"}, diags);
  CHECK(f.graph.edges().empty());  // no module edge, no rule sees these
  const auto& edges = f.graph.library_edges();
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const ModuleEdge& e : edges)
    pairs.emplace_back(f.map->name(e.from), f.map->name(e.to));
  CHECK(pairs == std::vector<std::pair<std::string, std::string>>{
                     {"a", "external:ssl"},
                     {"a", "external:zlib"},
                     {"b", "external:asio"},
                     {"b", "external:boost"},
                     {"b", "external:stdlib"},
                     {"b", "external:other"}});
  const ModuleEdge* ssl = f.graph.library_edge(f.id("a"), f.id("external:ssl"));
  REQUIRE(ssl);
  CHECK(ssl->count(UseKind::include) == 1);
  CHECK(ssl->count(UseKind::symbol) == 1);
  // Evidence names a header by its shortest include name, or its path.
  CHECK(ssl->evidence[1].target == "<x509.h>");
  const ModuleEdge* zlib =
      f.graph.library_edge(f.id("a"), f.id("external:zlib"));
  REQUIRE(zlib);
  CHECK(zlib->evidence[0].target == "/opt/zlib/include/zlib.h");
  const ModuleEdge* other =
      f.graph.library_edge(f.id("b"), f.map->other_library());
  REQUIRE(other);
  CHECK(other->uses() == 2);
}

TEST_CASE(
    "a library's relative paths claim vendored project files before modules",
    "[graph][libraries]") {
  auto f =
      make_fixture(R"(version: 1
exclude: ["third_party/**"]
modules:
  a: {paths: ["src/a/**"]}
  all: {paths: ["**"]}
externals:
  zlib: {paths: ["third_party/zlib/**"]}
)",
                   {sym("src/a/x.cpp", "third_party/zlib/zlib.h", "inflate"),
                    inc("src/a/x.cpp", "third_party/zlib/zlib.h")});
  CHECK(f.graph.edges().empty());
  const ModuleEdge* e = f.graph.library_edge(f.id("a"), f.id("external:zlib"));
  REQUIRE(e);
  CHECK(e->uses() == 2);
  Diagnostics diags;
  CHECK(f.map->classify("third_party/zlib/zlib.h", true, diags).cls ==
        FileClass::library);
  CHECK(f.map->classify("third_party/other/x.h", true, diags).cls ==
        FileClass::excluded);
}

TEST_CASE("library ids follow the modules', by name, external:other last",
          "[graph][libraries]") {
  auto f = make_fixture(kLibraries, {});
  CHECK(f.map->size() == 2);
  CHECK(f.map->id_count() == 8);
  CHECK(f.map->name(ModuleId{2}) == "external:asio");
  CHECK(f.map->name(f.map->other_library()) == "external:other");
  CHECK(f.map->is_library(f.id("external:zlib")));
  CHECK_FALSE(f.map->is_library(f.id("b")));
  CHECK_FALSE(f.map->find("external:nope"));
  CHECK(f.map->library_by_namespace("::std::vector") == 4u);
  CHECK_FALSE(f.map->library_by_namespace("stdx::vector"));
  CHECK_FALSE(f.map->library_by_namespace("std"));
}

}  // namespace
}  // namespace seams::test

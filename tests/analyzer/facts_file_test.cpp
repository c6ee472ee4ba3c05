// The facts file of `seams index` and `seams merge`: canonical bytes whatever
// the order facts were found in, a merge that is commutative, associative and
// idempotent, paths that move between machines, and damage reported with the
// file, line and column.
#include "analyzer/facts_file.h"

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>

namespace seams::test {
namespace {

namespace fs = std::filesystem;
const std::string kRoot = "/work/proj";

// A FactsFile of `seed`: a few TUs, uses between a handful of files, some
// outside the root, and headers parsed alone.
FactsFile random_facts(unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % n); };
  const std::vector<std::string> files = {
      kRoot + "/src/a.cpp", kRoot + "/src/a.h",      kRoot + "/src/b.cpp",
      kRoot + "/lib/c.h",   kRoot + "/lib/d\\e f.h", "/usr/include/vector",
      kRoot + "/lib/g.h"};
  FactsFile f;
  f.seams_version = "1.2.3";
  f.libclang_version = "libclang 19";
  f.level = "symbols";
  f.parts.push_back({1 + seed % 3, 3, 40});
  for (int i = 0; i < 2; ++i) {
    const std::string tu = files[pick(2) * 2];  // a.cpp or b.cpp
    f.tus.push_back({tu, "k" + std::to_string(pick(3))});
    f.facts.files.push_back(tu);
  }
  if (pick(2))
    f.failures.push_back({files[0], {kRoot + "/src/a.cpp:1:2: x\ny"}, 3});
  for (int i = 0; i < 20; ++i) {
    RawUse u{Atom(files[pick(5)]),
             static_cast<std::uint32_t>(pick(9) + 1),
             static_cast<std::uint32_t>(pick(9) + 1),
             static_cast<UseKind>(pick(3)),
             Atom("sym" + std::to_string(pick(4))),
             Atom("c:@S@" + std::to_string(pick(4))),
             Atom(files[pick(7)]),
             Atom(pick(2) ? "ctx" : "")};
    (pick(3) ? f.facts.uses : f.headers.uses).push_back(u);
    f.facts.decls.push_back(
        {u.usr, u.target_file, DeclKind::type, pick(2) == 0});
    f.facts.files.push_back(u.file.str());
  }
  f.facts.external_uses.push_back({Atom(files[1]), 3, 4, UseKind::include,
                                   Atom("vector"), Atom(), Atom(files[5]),
                                   Atom()});
  f.facts.include_dirs.push_back("/usr/include");
  f.facts.classes.push_back({"c:@S@1", "one", files[1], pick(2) == 0});
  f.headers.files.push_back(files[6]);
  f.header_include_dirs.push_back({files[6], kRoot + "/lib"});
  f.header_failures.push_back({files[6], {"lib/g.h:1:1: error"}, 1});
  return f;
}

const PathMap kPaths{kRoot, {}};

std::string canonical(FactsFile f) {
  normalize(f);
  settle_header_facts(f);
  return encode_facts_file(f, kPaths);
}

struct TempFile {
  fs::path path = fs::temp_directory_path() /
                  ("seams-facts-test-" + std::to_string(getpid()) + ".facts");
  explicit TempFile(const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempFile() { fs::remove(path); }
};

std::optional<FactsFile> read_back(const std::string& text, Diagnostics& diags,
                                   const PathMap& paths = kPaths) {
  TempFile file(text);
  return read_facts_file(file.path, paths, diags);
}

FactsFile merged(std::vector<FactsFile> parts) {
  Diagnostics diags;
  for (auto& p : parts) {
    normalize(p);
    settle_header_facts(p);
  }
  FactsFile acc = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i)
    REQUIRE(merge_facts(acc, std::move(parts[i]), "a", "b", diags));
  return acc;
}

TEST_CASE("a facts file reads back as the same facts and the same bytes",
          "[facts-file]") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    const std::string text = canonical(random_facts(seed));
    Diagnostics diags;
    auto back = read_back(text, diags);
    REQUIRE(back);
    CHECK(encode_facts_file(*back, kPaths) == text);
    FactsFile expected = random_facts(seed);
    normalize(expected);
    settle_header_facts(expected);
    CHECK(back->facts.uses == expected.facts.uses);
    CHECK(back->facts.files == expected.facts.files);
    CHECK(back->tus == expected.tus);
  }
}

TEST_CASE("the bytes do not depend on the order the facts were found in",
          "[facts-file]") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    FactsFile a = random_facts(seed), b = a;
    std::mt19937 rng(seed);
    std::shuffle(b.facts.uses.begin(), b.facts.uses.end(), rng);
    std::shuffle(b.facts.decls.begin(), b.facts.decls.end(), rng);
    std::shuffle(b.facts.files.begin(), b.facts.files.end(), rng);
    std::shuffle(b.tus.begin(), b.tus.end(), rng);
    CHECK(canonical(a) == canonical(b));
  }
}

TEST_CASE("paths under the root are stored relative to it; others as they are",
          "[facts-file]") {
  const std::string text = canonical(random_facts(3));
  CHECK(text.find(kRoot) == std::string::npos);
  CHECK(text.find("\n/usr/include/vector\n") != std::string::npos);
  // Read back under another root: the project moved to another machine.
  Diagnostics diags;
  auto back = read_back(text, diags, PathMap{"/elsewhere", {}});
  REQUIRE(back);
  for (const auto& f : back->facts.files)
    CHECK((f.starts_with("/elsewhere/") || f.starts_with("/usr/")));
  // A prefix map moves a build directory outside the root both ways.
  const PathMap moved{kRoot, {{"/usr/include", "@sys"}}};
  CHECK(moved.store("/usr/include/vector") == "@sys/vector");
  CHECK(moved.store("/usr/includes/x") == "/usr/includes/x");  // components
  CHECK(moved.store(kRoot) == ".");
  // Read back on a machine where the same headers are elsewhere: TO -> FROM.
  const PathMap back_map{kRoot, {{"/opt/include", "@sys"}}};
  CHECK(back_map.load("@sys/vector") == "/opt/include/vector");
  CHECK(back_map.load(".") == kRoot);
  CHECK(back_map.load("src/a.h") == kRoot + "/src/a.h");
  // A project directory named like a mapped prefix stays a project path.
  CHECK(PathMap{kRoot, {}}.store(kRoot + "/@scope/x.h") == "./@scope/x.h");
  CHECK(PathMap{kRoot, {}}.load("./@scope/x.h") == kRoot + "/@scope/x.h");
  // A mapped path no map reads back stays outside the root.
  CHECK(PathMap{kRoot, {}}.load("@sys/vector") == "@sys/vector");
  CHECK(parse_prefix_map("/usr/include/=@sys/") ==
        std::pair<std::string, std::string>("/usr/include", "@sys"));
  CHECK_FALSE(parse_prefix_map("=@sys"));
  CHECK_FALSE(parse_prefix_map("/usr/include"));
  CHECK_FALSE(parse_prefix_map("/usr/include="));
}

TEST_CASE("merging is commutative, associative and idempotent",
          "[facts-file]") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    const FactsFile a = random_facts(seed), b = random_facts(seed + 100),
                    c = random_facts(seed + 200);
    const std::string abc = encode_facts_file(merged({a, b, c}), kPaths);
    CHECK(encode_facts_file(merged({c, b, a}), kPaths) == abc);
    CHECK(encode_facts_file(merged({merged({a, b}), c}), kPaths) == abc);
    CHECK(encode_facts_file(merged({a, merged({b, c})}), kPaths) == abc);
    CHECK(encode_facts_file(merged({a, b, c, b, a}), kPaths) == abc);
    CHECK(encode_facts_file(merged({a, a}), kPaths) == canonical(a));
  }
}

TEST_CASE("facts of a header parsed alone give way to a TU that reads it",
          "[facts-file]") {
  FactsFile shard1 = random_facts(1);
  // Shard 1 parsed lib/g.h alone; shard 2 has a TU that reads it.
  FactsFile shard2;
  shard2.seams_version = shard1.seams_version;
  shard2.libclang_version = shard1.libclang_version;
  shard2.level = shard1.level;
  shard2.tus.push_back({kRoot + "/src/b.cpp", "z"});
  shard2.facts.files = {kRoot + "/src/b.cpp", kRoot + "/lib/g.h"};
  FactsFile m = merged({shard1, shard2});
  CHECK(m.header_failures.empty());
  CHECK(m.header_include_dirs.empty());
  for (const RawUse& u : m.headers.uses) CHECK(u.file != kRoot + "/lib/g.h");
  FactsFile alone = merged({shard1});
  CHECK(alone.header_failures.size() == 1);
}

TEST_CASE(
    "merging facts of different seams versions or levels is an error "
    "naming both",
    "[facts-file]") {
  FactsFile a = random_facts(1), b = random_facts(2);
  normalize(a);
  normalize(b);
  b.seams_version = "9.9.9";
  Diagnostics diags;
  CHECK_FALSE(merge_facts(a, FactsFile(b), "one.facts", "two.facts", diags));
  REQUIRE(diags.all().size() == 1);
  const std::string& m = diags.all()[0].message;
  CHECK(m.find("one.facts has '1.2.3'") != std::string::npos);
  CHECK(m.find("two.facts has '9.9.9'") != std::string::npos);
  b.seams_version = a.seams_version;
  b.level = "includes";
  Diagnostics level_diags;
  CHECK_FALSE(merge_facts(a, std::move(b), "x", "y", level_diags));
  CHECK(level_diags.all()[0].message.find("levels") != std::string::npos);
}

TEST_CASE("only every shard of one compile DB is a whole", "[facts-file]") {
  FactsFile f = random_facts(1);
  f.tus.clear();
  f.excluded.clear();
  for (int i = 0; i < 5; ++i)
    f.tus.push_back({kRoot + "/src/t" + std::to_string(i) + ".cpp", "k"});
  auto parts = [&](std::vector<FactsPart> p) {
    FactsFile g = f;
    g.parts = std::move(p);
    normalize(g);
    return incomplete_parts(g);
  };
  CHECK(parts({{1, 1, 5}}) == "");
  CHECK(parts({{2, 3, 5}, {1, 3, 5}, {3, 3, 5}}) == "");
  CHECK(parts({{1, 3, 5}}) == "shards 2, 3 of 3 are missing");
  CHECK(parts({{1, 2, 5}, {2, 4, 5}}).find("mix") != std::string::npos);
  CHECK(parts({{1, 2, 5}, {2, 2, 6}}).find("different compile DBs") !=
        std::string::npos);
  CHECK(parts({{1, 1, 7}}).find("hold 5 TUs of a compile DB of 7") !=
        std::string::npos);
  CHECK(parts({{0, 0, 5}, {1, 2, 5}}) == "");  // a --tus list: trusted
  CHECK(parts({}) != "");
}

// The line and column of the error reading `text`.
std::pair<int, int> error_at(const std::string& text) {
  Diagnostics diags;
  auto f = read_back(text, diags);
  CHECK_FALSE(f);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.starts_with("not a valid seams facts file"));
  return {diags.all()[0].line, diags.all()[0].column};
}

TEST_CASE("a damaged facts file is an error with its line and column",
          "[facts-file]") {
  const std::string good = canonical(random_facts(5));
  auto line_of = [&](std::string_view heading) {
    const auto at = good.find("\n" + std::string(heading) + " ");
    return static_cast<int>(std::count(good.begin(), good.begin() + at, '\n')) +
           2;
  };
  SECTION("truncated") {
    CHECK(error_at(good.substr(0, good.size() / 2)).first > 0);
    CHECK(error_at(good.substr(0, good.size() - 1)).first > 0);  // no newline
  }
  SECTION("not a facts file") { CHECK(error_at("{}\n") == std::pair(1, 1)); }
  SECTION("another format version") {
    CHECK(error_at("seams-facts 2\n" + good.substr(good.find('\n') + 1)) ==
          std::pair(1, 13));
  }
  SECTION("a count beyond the file") {
    std::string bad = good;
    bad.replace(bad.find("\nuses ") + 6, 2, "99999999");
    CHECK(error_at(bad).first == line_of("uses"));
  }
  SECTION("a string id outside the table") {
    std::string bad = good;
    const auto at = bad.find("\nfiles ");
    const auto row = bad.find('\n', at + 1) + 1;
    bad.replace(row, bad.find('\n', row) - row, "4000000000");
    CHECK(error_at(bad) == std::pair(line_of("files") + 1, 1));
  }
  SECTION("a field missing") {
    std::string bad = good;
    const auto at = bad.find("\nuses ");
    const auto row = bad.find('\n', at + 1) + 1;
    bad.erase(bad.rfind(' ', bad.find('\n', row)),
              bad.find('\n', row) - bad.rfind(' ', bad.find('\n', row)));
    CHECK(error_at(bad).first == line_of("uses") + 1);
  }
  SECTION("text after the end") { CHECK(error_at(good + "x\n").first > 0); }
}

}  // namespace
}  // namespace seams::test

// The baseline: violation keys without line numbers, counts, the split into
// new and accepted uses, stale entries, `--update`, and the file format.
#include "rules/baseline.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "rules/rule.h"
#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

const char* kYaml = R"(version: 1
modules:
  a: {paths: ["src/a/**"], depends_on: []}
  b: {paths: ["src/b/**"]}
  c: {paths: ["src/c/**"]}
)";

std::vector<Finding> run(const Fixture& f) {
  return run_rules({*f.config, *f.map, f.graph, "seams.yaml"});
}

Fixture uses_at(std::uint32_t first_line, std::uint32_t second_line) {
  return make_fixture(kYaml,
                      {sym("src/a/x.cpp", "src/b/y.h", "b::Y", first_line),
                       sym("src/a/x.cpp", "src/b/y.h", "b::Y", second_line),
                       inc("src/a/x.cpp", "src/b/y.h", 1)});
}

std::string write_temp(const std::string& text) {
  static int n = 0;
  auto path = std::filesystem::temp_directory_path() /
              ("seams-baseline-test-" + std::to_string(::getpid()) + "-" +
               std::to_string(n++) + ".json");
  std::ofstream(path) << text;
  return path.string();
}

TEST_CASE("a use is keyed by rule, modules, file and symbol, never its line",
          "[baseline]") {
  auto f = uses_at(3, 7);
  auto findings = run(f);
  Baseline b = make_baseline(findings, *f.map);
  REQUIRE(b.entries.size() == 2);
  CHECK(b.entries[0].key == ViolationKey{"undeclared-dependency",
                                         "a",
                                         "b",
                                         {},
                                         "src/a/x.cpp",
                                         "include",
                                         "src/b/y.h"});
  CHECK(b.entries[0].count == 1);
  CHECK(b.entries[1].key.symbol == "b::Y");
  CHECK(b.entries[1].count == 2);  // the same key on two lines counts up
  auto moved = uses_at(30, 70);
  CHECK(baseline_json(make_baseline(run(moved), *moved.map)) ==
        baseline_json(b));
}

TEST_CASE("a cycle is one violation keyed by its sorted members",
          "[baseline]") {
  auto f = make_fixture(
      R"(version: 1
modules:
  b: {paths: ["src/b/**"]}
  a: {paths: ["src/a/**"]}
)",
      {sym("src/b/x.cpp", "src/a/y.h"), sym("src/a/x.cpp", "src/b/y.h")});
  Baseline b = make_baseline(run(f), *f.map);
  REQUIRE(b.entries.size() == 1);
  CHECK(b.entries[0].key.rule == "cycle");
  CHECK(b.entries[0].key.modules == std::vector<std::string>{"a", "b"});
  CHECK(b.entries[0].key.file.empty());
}

TEST_CASE("only uses beyond the baseline are new", "[baseline]") {
  auto before = uses_at(3, 7);
  Baseline b = make_baseline(run(before), *before.map);
  auto after = make_fixture(
      kYaml, {sym("src/a/x.cpp", "src/b/y.h", "b::Y", 4),
              sym("src/a/x.cpp", "src/b/y.h", "b::Y", 8),
              sym("src/a/x.cpp", "src/b/y.h", "b::Y", 9),  // a third use
              sym("src/a/z.cpp", "src/b/y.h", "b::Z", 2),  // a new key
              inc("src/a/x.cpp", "src/b/y.h", 1)});
  auto c = compare_with_baseline(run(after), b, *after.map);
  REQUIRE(c.fresh.size() == 1);
  REQUIRE(c.fresh[0].evidence.size() == 2);
  CHECK(c.fresh[0].evidence[0].line == 9);  // uses beyond the count, in order
  CHECK(c.fresh[0].evidence[1].symbol == "b::Z");
  REQUIRE(c.accepted.size() == 1);
  CHECK(c.accepted[0].evidence.size() == 3);
  CHECK(c.stale.empty());
}

TEST_CASE("entries that occur less often than accepted are stale",
          "[baseline]") {
  auto before = uses_at(3, 7);
  Baseline b = make_baseline(run(before), *before.map);
  auto after =
      make_fixture(kYaml, {sym("src/a/x.cpp", "src/b/y.h", "b::Y", 3)});
  auto c = compare_with_baseline(run(after), b, *after.map);
  CHECK(c.fresh.empty());
  REQUIRE(c.stale.size() == 2);
  CHECK(c.stale[0].entry.key.kind == "include");
  CHECK(c.stale[0].found == 0);
  CHECK(c.stale[1].entry.count == 2);
  CHECK(c.stale[1].found == 1);
}

TEST_CASE(
    "update_baseline only removes and lowers unless additions are allowed",
    "[baseline]") {
  auto before = uses_at(3, 7);
  Baseline old = make_baseline(run(before), *before.map);
  auto after = make_fixture(kYaml, {sym("src/a/x.cpp", "src/b/y.h", "b::Y", 3),
                                    sym("src/a/z.cpp", "src/b/y.h", "b::Z")});
  Baseline today = make_baseline(run(after), *after.map);
  BaselineUpdate u = update_baseline(old, today, false);
  CHECK(u.removed == 1);
  CHECK(u.lowered == 1);
  CHECK(u.added == 0);
  CHECK(u.left_out == 1);
  REQUIRE(u.result.entries.size() == 1);
  CHECK(u.result.entries[0].key.symbol == "b::Y");
  CHECK(u.result.entries[0].count == 1);
  BaselineUpdate grow = update_baseline(old, today, true);
  CHECK(grow.added == 1);
  CHECK(baseline_json(grow.result) == baseline_json(today));
}

TEST_CASE("the file round-trips and is sorted, readable JSON", "[baseline]") {
  auto f = uses_at(3, 7);
  const std::string text = baseline_json(make_baseline(run(f), *f.map));
  CHECK(text.find("\"version\": 1") != std::string::npos);
  CHECK(text.find("\"symbol\": \"b::Y\"") != std::string::npos);
  CHECK(text.find("\"line\"") == std::string::npos);
  Diagnostics diags;
  auto read = read_baseline(write_temp(text), diags);
  REQUIRE(read);
  CHECK(baseline_json(*read) == text);
  CHECK(read->entries[0].line == 4);  // where the entry's '{' is
}

TEST_CASE("a path that is not UTF-8 round-trips exactly, as hex",
          "[baseline]") {
  // A Latin-1 header name: JSON cannot hold its bytes as a string, and U+FFFD
  // in their place would match a different file.
  auto f = make_fixture(kYaml, {inc("src/a/x.cpp", "src/b/caf\xe9.h", 2)});
  const Baseline b = make_baseline(run(f), *f.map);
  const std::string text = baseline_json(b);
  CHECK(text.find("\"hex\": \"7372632f622f636166e92e68\"") !=
        std::string::npos);
  CHECK(text.find("\"text\": \"src/b/caf\xef\xbf\xbd.h\"") !=
        std::string::npos);
  Diagnostics diags;
  auto read = read_baseline(write_temp(text), diags);
  REQUIRE(read);
  REQUIRE(read->entries.size() == 1);
  CHECK(read->entries[0].key.symbol == "src/b/caf\xe9.h");
  CHECK(baseline_json(*read) == text);
  // Odd or non-hex digits are an error, not a silently different key.
  for (const char* bad : {"7372f", "73zz"}) {
    std::string broken = text;
    const auto at = broken.find("7372632f622f636166e92e68");
    broken.replace(at, 24, bad);
    Diagnostics d;
    INFO(bad);
    CHECK_FALSE(read_baseline(write_temp(broken), d));
    REQUIRE(d.has_errors());
    CHECK(d.all()[0].message.find("'symbol.hex' must be") != std::string::npos);
  }
}

TEST_CASE("a malformed baseline is an error with file:line:column",
          "[baseline]") {
  Diagnostics diags;
  const std::string path =
      write_temp("{\n  \"version\": 1,\n  \"entries\": [\n    {]\n}\n");
  CHECK_FALSE(read_baseline(path, diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].file == path);
  CHECK(diags.all()[0].line == 4);
  CHECK(diags.all()[0].message.rfind("malformed baseline: syntax error", 0) ==
        0);
}

TEST_CASE("an edited entry whose fingerprint no longer matches is an error",
          "[baseline]") {
  auto f = uses_at(3, 7);
  std::string text = baseline_json(make_baseline(run(f), *f.map));
  text.replace(text.find("b::Y"), 4, "b::W");
  Diagnostics diags;
  CHECK_FALSE(read_baseline(write_temp(text), diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].line == 14);
  CHECK(diags.all()[0].message.find("does not match") != std::string::npos);
}

TEST_CASE("a missing baseline is an error naming the fix", "[baseline]") {
  Diagnostics diags;
  CHECK_FALSE(read_baseline("/nonexistent/seams-baseline.json", diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.find("'seams baseline'") != std::string::npos);
}

TEST_CASE("bad counts, unknown keys and duplicates are errors", "[baseline]") {
  auto f = uses_at(3, 7);
  const std::string good = baseline_json(make_baseline(run(f), *f.map));
  for (auto [from, to] :
       {std::pair{"\"count\": 2", "\"count\": 0"},
        std::pair{"\"count\": 2", "\"count\": \"2\""},
        std::pair{"\"count\": 2", "\"count\": 2, \"line\": 7"},
        std::pair{"\"version\": 1", "\"version\": 2"}}) {
    std::string text = good;
    text.replace(text.find(from), std::string(from).size(), to);
    Diagnostics diags;
    INFO(to);
    CHECK_FALSE(read_baseline(write_temp(text), diags));
    CHECK(diags.has_errors());
  }
  auto j = good;
  const auto start = j.find("    {");
  const auto end = j.find("    }", start) + 5;
  j.insert(end, ",\n" + j.substr(start, end - start));
  Diagnostics diags;
  CHECK_FALSE(read_baseline(write_temp(j), diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.find("listed twice") != std::string::npos);
}

}  // namespace
}  // namespace seams::test

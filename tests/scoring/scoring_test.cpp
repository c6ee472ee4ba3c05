// Scoring on hand-built graphs and histories: the coupling formula term by
// term, quadrants and ranks, thresholds (medians or seams.yaml), churn values,
// change coupling, and validation of the `scoring:` keys.
#include "scoring/scoring.h"

#include <fmt/format.h>

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

Scores score(const Fixture& f, const GitHistory& history = {},
             const ScoringOptions& options = {}) {
  const auto metrics = compute_metrics(f.graph, *f.map, {}, {});
  return score_modules({f.graph, *f.map, metrics, history, options});
}

const ModuleScore& of(const Scores& s, const Fixture& f, const char* name) {
  const ModuleScore* m = s.find(f.id(name));
  REQUIRE(m);
  return *m;
}

GitHistory history(const std::vector<std::vector<std::string>>& commits) {
  GitHistory h;
  h.available = true;
  for (const auto& files : commits) h.commits.push_back({0, files});
  return h;
}

}  // namespace

TEST_CASE("coupling is the documented weighted sum of its terms", "[scoring]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
  c: {paths: ["src/c/**"]}
  d: {paths: ["src/d/**"]}
)",
                        {sym("src/a/1.cpp", "src/b/1.h")});
  Scores s = score(f);
  const ModuleScore& a = of(s, f, "a");
  CHECK(a.terms.breadth == Approx(1.0 / 3));  // touches 1 of 3 other modules
  CHECK(a.terms.intensity == 1.0);            // as busy as the busiest module
  CHECK(a.terms.exposure == 0.0);
  CHECK(a.terms.dependence == 1.0);  // its only use leaves it
  CHECK(a.terms.cycle == 0.0);
  CHECK(a.coupling == 0.38);  // 0.25/3 + 0.20*1 + 0.10*1 = 0.383
  const ModuleScore& b = of(s, f, "b");
  CHECK(b.terms.exposure == 1.0);
  CHECK(b.terms.dependence == 0.0);
  CHECK(b.coupling == 0.43);  // 0.25/3 + 0.20 + 0.15 = 0.433
  CHECK(of(s, f, "c").coupling == 0.0);
  CHECK(s.coupling_threshold == 0.19);  // the median: (0 + 0.38) / 2
}

TEST_CASE("clear-cut modules land in each quadrant, ranked best first",
          "[scoring]") {
  // keep and later are heavily coupled in a cycle; first and maybe are alone.
  auto f = make_fixture(R"(version: 1
modules:
  first: {paths: ["src/first/**"], value: high}
  later: {paths: ["src/later/**"], value: 5}
  maybe: {paths: ["src/maybe/**"], value: low}
  keep: {paths: ["src/keep/**"], value: 1}
)",
                        {sym("src/later/1.cpp", "src/keep/1.h", "k", 1),
                         sym("src/later/1.cpp", "src/keep/1.h", "k", 2),
                         sym("src/keep/1.cpp", "src/later/1.h", "l", 1),
                         sym("src/keep/1.cpp", "src/later/1.h", "l", 2)});
  Scores s = score(f);
  CHECK(s.value_threshold == 3);
  CHECK(of(s, f, "first").quadrant == Quadrant::extract_first);
  CHECK(of(s, f, "later").quadrant == Quadrant::extract_later);
  CHECK(of(s, f, "maybe").quadrant == Quadrant::maybe_extract);
  CHECK(of(s, f, "keep").quadrant == Quadrant::keep_in_monolith);
  std::vector<std::string> ranked;
  for (const auto& m : s.modules) ranked.push_back(f.map->name(m.id));
  CHECK(ranked == std::vector<std::string>{"first", "later", "maybe", "keep"});
  CHECK(of(s, f, "first").rank == 1);
  CHECK(of(s, f, "keep").rationale ==
        "low value (1, declared), high coupling (0.68): 1 inbound module, 1 "
        "outbound, in a cycle with later");
  CHECK(of(s, f, "first").rationale ==
        "high value (5, declared), low coupling (0.00): 0 inbound modules, 0 "
        "outbound, no cycle");
}

TEST_CASE("thresholds from seams.yaml replace the medians", "[scoring]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"], value: 4}
  b: {paths: ["src/b/**"], value: 2}
)",
                        {sym("src/a/1.cpp", "src/b/1.h")});
  ScoringOptions options;
  options.value_threshold = 4;
  options.coupling_threshold = 0.9;
  Scores s = score(f, {}, options);
  CHECK(s.value_threshold_configured);
  CHECK(of(s, f, "a").quadrant == Quadrant::maybe_extract);  // 4 is not > 4
  CHECK(of(s, f, "b").quadrant == Quadrant::maybe_extract);
}

TEST_CASE("without history an undeclared value is 3 from the default",
          "[scoring]") {
  auto f = make_fixture(kThree, {});
  Scores s = score(f);
  CHECK(of(s, f, "a").value == 3);
  CHECK(of(s, f, "a").value_source == ValueSource::fallback);
  CHECK(to_string(ValueSource::fallback) == "default");
  CHECK_FALSE(s.history.available);
}

TEST_CASE("churn gives undeclared modules a 1..5 value on a log scale",
          "[scoring]") {
  auto f = make_fixture(R"(version: 1
modules:
  a: {paths: ["src/a/**"]}
  b: {paths: ["src/b/**"]}
  c: {paths: ["src/c/**"]}
  d: {paths: ["src/d/**"], value: 4}
)",
                        {});
  std::vector<std::vector<std::string>> commits(7, {"src/a/x.cpp"});
  commits.push_back({"src/b/x.cpp", "src/d/y.h"});
  Scores s = score(f, history(commits));
  CHECK(of(s, f, "a").value == 5);  // the busiest
  CHECK(of(s, f, "a").commits == 7);
  CHECK(of(s, f, "a").value_source == ValueSource::churn);
  CHECK(of(s, f, "b").value == 2);  // 1 + round(4 ln 2 / ln 8)
  CHECK(of(s, f, "c").value == 1);  // never changed
  CHECK(of(s, f, "d").value == 4);  // declared wins over churn
  CHECK(of(s, f, "d").value_source == ValueSource::declared);
}

TEST_CASE("modules that change together are change-coupled", "[scoring]") {
  auto f = make_fixture(kThree, {sym("src/a/1.cpp", "src/b/1.h")});
  std::vector<std::vector<std::string>> commits(3,
                                                {"src/a/x.cpp", "src/b/y.cpp"});
  commits.push_back({"src/a/x.cpp"});
  commits.push_back({"src/a/x.cpp", "src/c/z.cpp"});  // once is an accident
  std::vector<std::string> mass;
  for (int i = 0; i < 60; ++i) mass.push_back(fmt::format("src/c/{}.cpp", i));
  mass.push_back("src/b/y.cpp");
  commits.push_back(mass);  // too big to say anything about coupling
  Scores s = score(f, history(commits));
  REQUIRE(s.pairs.size() == 1);
  const CoChangePair& p = s.pairs[0];
  CHECK(p.a == f.id("a"));
  CHECK(p.b == f.id("b"));
  CHECK(p.together == 3);
  CHECK(p.share == 0.6);  // 3 of the 5 commits touching a or b
  CHECK(p.static_uses == 1);
  CHECK(p.hidden);  // changes together, one static use
  CHECK(of(s, f, "a").terms.co_change == 0.6);
  CHECK(of(s, f, "a").co_change_with == f.id("b"));
  // Changing together in 60% of commits makes a coupled at least 0.6, above
  // the weighted sum of its terms (0.515).
  CHECK(of(s, f, "a").weighted_sum < 0.6);
  CHECK(of(s, f, "a").coupling == 0.6);
  CHECK(of(s, f, "c").terms.co_change == 0.0);
  CHECK(of(s, f, "b").commits == 4);  // the mass commit is still churn
}

TEST_CASE("a config without modules scores nothing, with or without history",
          "[scoring]") {
  // seams.yaml needs a module, so build the empty config by hand.
  Fixture f;
  f.config = std::make_unique<Config>();
  f.map = std::make_unique<ModuleMap>(*f.config);
  CHECK(score(f).modules.empty());
  CHECK(score(f, history({{"src/x.cpp"}})).modules.empty());
}

TEST_CASE("scoring keys are validated with their seams.yaml line",
          "[scoring]") {
  auto f = make_fixture(R"(version: 1
modules: {m: {paths: [m/**]}}
scoring:
  value_threshold: 7
  churn_days: 90
  max_commits: 10.5
  coupling_threshold: 0.3
)",
                        {});
  Diagnostics diags;
  CHECK_FALSE(scoring_options(*f.config, diags));
  REQUIRE(diags.all().size() == 3);
  CHECK(diags.all()[0].line == 5);
  CHECK(diags.all()[0].message ==
        "unknown scoring key 'churn_days'; expected one of: value_threshold, "
        "coupling_threshold, churn_window_days, max_commits");
  CHECK(diags.all()[1].message ==
        "scoring key 'max_commits' must be a whole number from 1 to 10000000, "
        "not '10.5'");
  CHECK(diags.all()[2].line == 4);
  CHECK(diags.all()[2].message ==
        "scoring key 'value_threshold' must be from 1 to 5, not '7'");
}

TEST_CASE("valid scoring keys become options", "[scoring]") {
  auto f = make_fixture(R"(version: 1
modules: {m: {paths: [m/**]}}
scoring: {value_threshold: 3.5, coupling_threshold: 0.4, churn_window_days: 30, max_commits: 100}
)",
                        {});
  Diagnostics diags;
  auto o = scoring_options(*f.config, diags);
  REQUIRE(o);
  CHECK(o->value_threshold == 3.5);
  CHECK(o->coupling_threshold == 0.4);
  CHECK(o->churn_window_days == 30);
  CHECK(o->max_commits == 100);
}

}  // namespace seams::test

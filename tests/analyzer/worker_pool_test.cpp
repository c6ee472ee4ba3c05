// Crash isolation: a TU whose parser process crashes or hangs is reported as a
// failure and the other TUs are still analyzed (test hooks SEAMS_TEST_CRASH_ON
// / SEAMS_TEST_HANG_ON make the worker crash or hang on a chosen file).
#include "analyzer/worker_pool.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>

#include "tests/support/test_project.h"

namespace seams::test {
namespace {

struct EnvVar {
  EnvVar(const char* name, const char* value) : name_(name) {
    setenv(name, value, 1);
  }
  ~EnvVar() { unsetenv(name_); }
  const char* name_;
};

struct ThreeTus {
  TestProject p;
  std::vector<CompileCommand> cmds;
  ThreeTus() {
    p.write("src/b/b.h", "#pragma once\nnamespace b { struct T {}; }\n");
    for (const char* f :
         {"src/a/one.cpp", "src/a/crash_me.cpp", "src/a/three.cpp"}) {
      p.write(f, "#include \"b/b.h\"\nb::T t;\n");
      cmds.push_back(p.command(f));
    }
  }
  FrontendOptions options(double timeout = 600) {
    FrontendOptions o{{p.root().string()}, 2, {}, {}};
    o.isolate = true;
    o.tu_timeout_seconds = timeout;
    return o;
  }
};

std::size_t uses_from(const ProjectFacts& f, const std::string& suffix) {
  return std::count_if(f.uses.begin(), f.uses.end(), [&](const RawUse& u) {
    return u.file.str().ends_with(suffix);
  });
}

TEST_CASE("worker processes give the same facts as threads", "[worker_pool]") {
  ThreeTus t;
  std::vector<TuFailure> f1, f2;
  int interrupted = 0;
  ProjectFacts isolated = index_isolated(t.cmds, t.options(), f1, &interrupted);
  ProjectFacts threaded = index_all(t.cmds, t.options(), f2);
  CHECK(interrupted == 0);
  CHECK(f1.empty());
  CHECK(isolated.uses == threaded.uses);
  CHECK(isolated.decls == threaded.decls);
}

TEST_CASE("a crashing parser costs one TU, reported, and the rest is analyzed",
          "[worker_pool]") {
  ThreeTus t;
  EnvVar crash("SEAMS_TEST_CRASH_ON", "crash_me");
  std::vector<TuFailure> failures;
  int interrupted = 0;
  ProjectFacts facts =
      index_isolated(t.cmds, t.options(), failures, &interrupted);
  REQUIRE(failures.size() == 1);
  CHECK(failures[0].file.ends_with("crash_me.cpp"));
  CHECK(failures[0].first_errors.at(0).find("crashed (signal 11") !=
        std::string::npos);
  CHECK(facts.parse_failures == 1);
  CHECK(uses_from(facts, "one.cpp") > 0);
  CHECK(uses_from(facts, "three.cpp") > 0);
}

TEST_CASE(
    "a hanging parser is killed after the timeout and the rest is analyzed",
    "[worker_pool]") {
  ThreeTus t;
  EnvVar hang("SEAMS_TEST_HANG_ON", "crash_me");
  std::vector<TuFailure> failures;
  int interrupted = 0;
  auto start = std::chrono::steady_clock::now();
  ProjectFacts facts =
      // 5 s, not less: under ASan on a loaded 2-core machine a normal TU of
      // this project has taken longer than 0.5 s, and was killed too.
      index_isolated(t.cmds, t.options(5), failures, &interrupted);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
  REQUIRE(failures.size() == 1);
  CHECK(failures[0].first_errors.at(0).find("timed out after 5 s") !=
        std::string::npos);
  CHECK(uses_from(facts, "three.cpp") > 0);
}

TEST_CASE("an interruption stops the workers promptly", "[worker_pool]") {
  ThreeTus t;
  EnvVar hang("SEAMS_TEST_HANG_ON", "src/a/");
  interrupt_signal().store(2);
  std::vector<TuFailure> failures;
  int interrupted = 0;
  index_isolated(t.cmds, t.options(), failures, &interrupted);
  interrupt_signal().store(0);
  CHECK(interrupted == 2);
}

}  // namespace
}  // namespace seams::test

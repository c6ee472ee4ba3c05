// The include-only level finds exactly the include edges of the full (symbol)
// level, and nothing else.
#include "analyzer/include_scanner.h"

#include <catch2/catch.hpp>

#include "tests/support/test_project.h"

namespace seams::test {
namespace {

std::vector<RawUse> includes_of(const ProjectFacts& f) {
  std::vector<RawUse> out;
  for (const auto& u : f.uses)
    if (u.kind == UseKind::include) out.push_back(u);
  return out;
}

TEST_CASE("the include level finds the same include edges as the symbol level",
          "[include_scanner]") {
  TestProject p;
  p.write("src/c/c.h",
          "#pragma once\n#define C_ON 1\nnamespace c { struct T {}; }\n");
  p.write("src/b/b.h", "#pragma once\n#include \"c/c.h\"\n#include <vector>\n");
  p.write("src/b/guarded.h",
          "#ifndef G\n#define G\n#include \"c/c.h\"\n#endif\n");
  p.write("src/a/one.cpp",
          "#include \"b/b.h\"\n#include \"b/guarded.h\"\n#if C_ON\n#include "
          "\"b/on.h\"\n"
          "#else\n#include \"b/off.h\"\n#endif\nc::T t;\n");
  p.write("src/b/on.h", "#pragma once\n");
  p.write("src/a/two.cpp",
          "#include \"b/guarded.h\"\n#include \"b/guarded.h\"\n");
  std::vector<CompileCommand> cmds{p.command("src/a/one.cpp"),
                                   p.command("src/a/two.cpp")};
  std::vector<TuFailure> failures;
  FrontendOptions opts{{p.root().string()}, 1, {}, {}};
  ProjectFacts symbols = index_all(cmds, opts, failures);
  opts.level = Level::includes;
  ProjectFacts includes = index_all(cmds, opts, failures);
  CHECK(failures.empty());
  CHECK(includes.uses.size() ==
        includes_of(includes).size());  // nothing but includes
  CHECK(includes_of(includes) == includes_of(symbols));
  // one.cpp: b.h, guarded.h, on.h; b.h and guarded.h: c.h; two.cpp: guarded.h
  // twice.
  CHECK(includes_of(includes).size() == 7);
  // The includes of external headers (<vector>) and the directories includes
  // were found in are the same at both levels too.
  CHECK(includes.external_uses.size() == 1);
  CHECK(includes.external_uses.front().symbol.str() == "<vector>");
  std::vector<RawUse> external_includes;
  for (const RawUse& u : symbols.external_uses)
    if (u.kind == UseKind::include) external_includes.push_back(u);
  CHECK(includes.external_uses == external_includes);
  CHECK(includes.include_dirs == symbols.include_dirs);
  CHECK_FALSE(includes.include_dirs.empty());
}

TEST_CASE("the include level reports a missing header as a failure",
          "[include_scanner]") {
  TestProject p;
  p.write("src/a/bad.cpp", "#include \"nope.h\"\n");
  std::vector<TuFailure> failures;
  FrontendOptions opts{{p.root().string()}, 1, {}, {}};
  opts.level = Level::includes;
  index_all({p.command("src/a/bad.cpp")}, opts, failures);
  REQUIRE(failures.size() == 1);
  CHECK(failures[0].first_errors.at(0).find("'nope.h' file not found") !=
        std::string::npos);
}

}  // namespace
}  // namespace seams::test

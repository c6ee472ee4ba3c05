// Tests of config/glob.h: what each wildcard matches, how specificity orders
// globs, and the reason given for every rejected pattern.
#include "config/glob.h"

#include <catch2/catch.hpp>

namespace seams {
namespace {

Glob compile(std::string_view pattern) {
  std::string error;
  std::optional<Glob> glob = Glob::compile(pattern, &error);
  INFO("pattern '" << pattern << "': " << error);
  REQUIRE(glob);
  return *glob;
}

bool matches(std::string_view pattern, std::string_view path) {
  return compile(pattern).matches(path);
}

std::string rejection(std::string_view pattern) {
  std::string error;
  const std::optional<Glob> glob = Glob::compile(pattern, &error);
  INFO("pattern '" << pattern << "'");
  CHECK_FALSE(glob);
  return error;
}

GlobSpecificity specificity(std::string_view pattern) {
  return compile(pattern).specificity();
}

}  // namespace

TEST_CASE("a literal glob matches only the same path") {
  CHECK(matches("src/core/log.h", "src/core/log.h"));
  CHECK_FALSE(matches("src/core/log.h", "src/core/log.hpp"));
  CHECK_FALSE(matches("src/core/log.h", "src/core"));
  CHECK_FALSE(matches("src/core", "src/core/log.h"));
  CHECK_FALSE(matches("src", ""));
}

TEST_CASE("a leading '**' matches any number of directories, including none") {
  CHECK(matches("**/*_test.cpp", "a_test.cpp"));
  CHECK(matches("**/*_test.cpp", "src/a_test.cpp"));
  CHECK(matches("**/*_test.cpp", "src/x/y/a_test.cpp"));
  CHECK_FALSE(matches("**/*_test.cpp", "src/a_test.cpp.orig"));
  CHECK(matches("**", "anything/at/all"));
  CHECK(matches("**", "x"));
}

TEST_CASE("a '**' in the middle matches zero or more directories") {
  CHECK(matches("src/**/x.h", "src/x.h"));
  CHECK(matches("src/**/x.h", "src/a/x.h"));
  CHECK(matches("src/**/x.h", "src/a/b/c/x.h"));
  CHECK_FALSE(matches("src/**/x.h", "src/a/y.h"));
  CHECK_FALSE(matches("src/**/x.h", "lib/a/x.h"));
  CHECK_FALSE(matches("src/**/x.h", "src/a/x.h/more"));
}

TEST_CASE("a trailing '**' matches everything below a directory") {
  CHECK(matches("src/billing/**", "src/billing/a.cpp"));
  CHECK(matches("src/billing/**", "src/billing/include/billing/invoice.h"));
  CHECK_FALSE(matches("src/billing/**", "src/billing2/a.cpp"));
  CHECK_FALSE(matches("src/billing/**", "lib/src/billing/a.cpp"));
  CHECK(matches("src/billing/**", "src/billing"));  // zero segments
}

TEST_CASE("several '**' segments backtrack to find a match") {
  CHECK(matches("a/**/b/**/c", "a/b/c"));
  CHECK(matches("a/**/b/**/c", "a/x/b/y/z/c"));
  CHECK(matches("a/**/b/**/c", "a/b/b/b/c"));
  CHECK_FALSE(matches("a/**/b/**/c", "a/c"));
  CHECK_FALSE(matches("a/**/b/**/c", "a/b/c/d"));
  CHECK(matches("**/**/x", "x"));
}

TEST_CASE("'*' matches within one segment and never crosses '/'") {
  CHECK(matches("src/*.h", "src/a.h"));
  CHECK(matches("src/*.h", "src/.h"));
  CHECK_FALSE(matches("src/*.h", "src/a/b.h"));
  CHECK(matches("*", "a"));
  CHECK_FALSE(matches("*", "a/b"));
  CHECK(matches("a*b", "ab"));
  CHECK(matches("a*b", "axxb"));
  CHECK_FALSE(matches("a*b", "a/b"));
  CHECK(matches("*x*y", "axbxcy"));
  CHECK_FALSE(matches("*x*y", "axbxcyz"));
  CHECK(matches("src/*/include/**", "src/a/include/x/y.h"));
}

TEST_CASE("'?' matches exactly one character other than '/'") {
  CHECK(matches("a?c", "abc"));
  CHECK_FALSE(matches("a?c", "ac"));
  CHECK_FALSE(matches("a?c", "abbc"));
  CHECK_FALSE(matches("a?c", "a/c"));
}

TEST_CASE("a class matches one character of a set, a range or a complement") {
  CHECK(matches("[abc].h", "b.h"));
  CHECK_FALSE(matches("[abc].h", "d.h"));
  CHECK(matches("v[0-9]/x", "v7/x"));
  CHECK_FALSE(matches("v[0-9]/x", "vx/x"));
  CHECK(matches("[!a]x", "bx"));
  CHECK_FALSE(matches("[!a]x", "ax"));
  CHECK(matches("[^a]x", "bx"));
  CHECK_FALSE(matches("[^a]x", "ax"));
  CHECK(matches("[]]", "]"));
  CHECK(matches("[!]]", "a"));
  CHECK_FALSE(matches("[!]]", "]"));
  CHECK(matches("[a-]", "-"));
  CHECK(matches("*[0-9]*.h", "log2x.h"));
}

TEST_CASE("a leading './' in a pattern is ignored") {
  CHECK(matches("./src/**", "src/a.h"));
  CHECK(compile("./src/**").specificity() == specificity("src/**"));
}

TEST_CASE("specificity counts literal segments, literal chars, then segments") {
  CHECK(specificity("src/a*/[xy]z.h") == GlobSpecificity{1, 7, 3});
  CHECK(specificity("src/**") == GlobSpecificity{1, 3, 1});
  CHECK(specificity("**") == GlobSpecificity{0, 0, 0});
}

TEST_CASE("deeper literal directories are more specific") {
  CHECK(specificity("src/core/internal/**") > specificity("src/core/**"));
  CHECK(specificity("src/core/**") > specificity("src/**"));
  CHECK(specificity("src/**") > specificity("**"));
  CHECK(specificity("src/core/**") > specificity("src/*/*.h"));
}

TEST_CASE("at equal literal segments, more literal characters win") {
  CHECK(specificity("src/billing/*.h") > specificity("src/billing/**"));
  CHECK(specificity("src/*_impl.cpp") > specificity("src/*.cpp"));
}

TEST_CASE("'*' is more specific than '**' in the same place") {
  CHECK(specificity("src/*") > specificity("src/**"));
  CHECK(specificity("src/*/x.h") > specificity("src/**/x.h"));
}

TEST_CASE("globs that differ only in their wildcards are equally specific") {
  CHECK(specificity("src/*.h") == specificity("src/?.h"));
  CHECK(specificity("src/**") == specificity("**/src"));
}

TEST_CASE("bad patterns are rejected with a reason") {
  CHECK(rejection("") == "empty pattern");
  CHECK(rejection(".") == "empty pattern");
  CHECK(rejection("/usr/include/**") == "absolute paths are not allowed");
  CHECK(rejection("src/../lib/**") == "'..' is not allowed");
  CHECK(rejection("..") == "'..' is not allowed");
  CHECK(rejection("src/**.h") == "'**' must be a whole path segment");
  CHECK(rejection("a**") == "'**' must be a whole path segment");
  CHECK(rejection("***") == "'**' must be a whole path segment");
  CHECK(rejection("src/[ab") == "unterminated '[' at column 5");
  CHECK(rejection("src/[]") == "unterminated '[' at column 5");
  CHECK(rejection("x/v[z-a]") == "bad range 'z-a' at column 5");
  CHECK(rejection("src//a.h") == "empty path segment at column 5");
  CHECK(rejection("src/billing/") ==
        "trailing '/'; write 'src/billing/**' to match everything under it");
  CHECK(rejection("src\\billing\\**") ==
        "'\\' is not allowed (column 4); separate directories with '/'");
}

TEST_CASE("a rejected pattern may be compiled without asking for the reason") {
  CHECK_FALSE(Glob::compile("src/[", nullptr));
}

TEST_CASE("a glob keeps the pattern as written") {
  CHECK(compile("./src/**").pattern() == "./src/**");
}

TEST_CASE("a glob may match below the directories its path can lead through") {
  CHECK(compile("src/*/include/**").may_match_below(""));
  CHECK(compile("src/*/include/**").may_match_below("src"));
  CHECK(compile("src/*/include/**").may_match_below("src/a"));
  CHECK(compile("src/*/include/**").may_match_below("src/a/include/x"));
  CHECK_FALSE(compile("src/*/include/**").may_match_below("lib"));
  CHECK_FALSE(compile("src/*/include/**").may_match_below("src/a/lib"));
  CHECK(compile("**/*_test.cc").may_match_below("any/depth"));
  CHECK(compile("db/**").may_match_below("db"));
  // A file has a name below the directory: "db/x.h" cannot match below db/x.h.
  CHECK_FALSE(compile("db/x.h").may_match_below("db/x.h"));
  CHECK(compile("db/x.h").may_match_below("db"));
}

TEST_CASE("a glob names the literal segments it spells out") {
  CHECK(compile(".github/**").names_segment(".github"));
  CHECK(compile("a/.cache/*.h").names_segment(".cache"));
  CHECK_FALSE(compile("**").names_segment(".git"));
  CHECK_FALSE(compile(".g*/**").names_segment(".git"));
}

}  // namespace seams

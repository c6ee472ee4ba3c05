// One corpus of seams.yaml files, tests/schema/config-corpus/{valid,invalid}/,
// judged twice: here by seams' loader (load_config, then scoring_options for
// the `scoring:` section `seams score` reads), and in tests/schema/run.sh by
// docs/schema/seams.schema.json. Both must agree with the directory a file is
// in, so the loader and the schema editors use cannot drift apart. What a
// schema cannot check (that a name in depends_on exists, glob syntax) stays
// out of the corpus.
#include <catch2/catch.hpp>
#include <filesystem>

#include "config/config.h"
#include "rules/rule.h"
#include "scoring/scoring.h"

namespace seams {
namespace {

namespace fs = std::filesystem;

/// The loader's verdict, and its first message when it rejects the file.
bool loads(const fs::path& file, std::string* first_error) {
  Diagnostics diags;
  const std::optional<Config> config =
      load_config(file, config_vocabulary(), diags);
  if (config) scoring_options(*config, diags);
  for (const Diagnostic& d : diags.all()) {
    if (d.level != DiagLevel::error) continue;
    *first_error = format_location(d) + d.message;
    return false;
  }
  return true;
}

std::vector<fs::path> corpus(const std::string& verdict) {
  std::vector<fs::path> files;
  for (const auto& e :
       fs::directory_iterator(fs::path(SEAMS_CONFIG_CORPUS) / verdict)) {
    if (e.path().extension() == ".yaml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("the loader accepts every config of the corpus the schema accepts") {
  const std::vector<fs::path> files = corpus("valid");
  CHECK(files.size() >= 8);
  for (const fs::path& file : files) {
    std::string error;
    INFO(file.filename().string() << ": " << error);
    CHECK(loads(file, &error));
  }
}

TEST_CASE("the loader rejects every config of the corpus the schema rejects") {
  const std::vector<fs::path> files = corpus("invalid");
  CHECK(files.size() >= 30);
  for (const fs::path& file : files) {
    std::string error;
    INFO(file.filename().string());
    CHECK_FALSE(loads(file, &error));
  }
}

}  // namespace seams

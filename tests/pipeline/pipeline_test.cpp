// The pipeline's stages called as a library: a project on disk, a compile DB,
// and a sink that records what the stages say instead of printing it.
#include "pipeline/pipeline.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pipeline/sink.h"
#include "tests/support/test_project.h"

namespace seams {
namespace {

// Everything a stage hands to its sink, in order.
class RecordingSink : public Sink {
 public:
  std::vector<std::string> diagnostics, warnings, notes, phases;
  void diagnostic(const Diagnostic& d) override {
    diagnostics.push_back(format_location(d) + d.message);
  }
  void warning(std::string_view text) override { warnings.emplace_back(text); }
  void info(std::string_view text) override { notes.emplace_back(text); }
  bool verbose() const override { return true; }
  void note(std::string_view text) override { notes.emplace_back(text); }
  void progress(std::size_t, std::size_t, const std::string&) override {}
  void progress_done() override {}
  void phase_done(std::string_view name) override { phases.emplace_back(name); }
  void stop_if_interrupted() override {}
};

// a uses b while declaring that it uses nothing: one undeclared-dependency
// error.
void write_project(test::TestProject& p, const std::string& scoring = "") {
  p.write("seams.yaml",
          "version: 1\nmodules:\n  a: {paths: [\"src/a/**\"], depends_on: []}\n"
          "  b: {paths: [\"src/b/**\"]}\n" +
              scoring);
  p.write("src/b/b.h", "namespace b { inline int value() { return 1; } }\n");
  p.write("src/a/a.cpp",
          "#include \"b/b.h\"\nint a_run() { return b::value(); }\n");
  nlohmann::json db = nlohmann::json::array();
  const CompileCommand c = p.command("src/a/a.cpp", {"-fsyntax-only"});
  db.push_back({{"directory", c.directory},
                {"file", c.file},
                {"arguments", c.arguments}});
  std::ofstream(p.root() / "compile_commands.json") << db.dump();
}

AnalysisOptions options_for(const test::TestProject& p) {
  AnalysisOptions o;
  o.config = (p.root() / "seams.yaml").string();
  o.compile_dbs = {p.root().string()};
  o.no_cache = true;
  o.jobs = 1;
  return o;
}

TEST_CASE(
    "the stages run one by one: inputs then TUs then facts then links then "
    "graph then rules") {
  test::TestProject p;
  write_project(p);
  const AnalysisOptions opts = options_for(p);
  Diagnostics diags;
  RecordingSink sink;
  auto inputs = load_inputs(opts, diags, sink);
  REQUIRE(inputs);
  CHECK(inputs->map->size() == 2);
  CHECK(inputs->commands.size() == 1);
  auto tus = select_tus(*inputs, diags, sink);
  REQUIRE(tus);
  CHECK(tus->commands.size() == 1);
  auto indexed = index_project(*inputs, *tus, opts, diags, sink);
  REQUIRE(indexed);
  CHECK(indexed->failures.empty());
  const std::vector<FileUse> uses = link_project(*inputs, indexed->facts, sink);
  CHECK_FALSE(uses.empty());
  auto analysis = build_module_graph(std::move(*inputs), *tus,
                                     std::move(*indexed), uses, diags, sink);
  REQUIRE(analysis);
  REQUIRE(analysis->graph.edges().size() == 1);
  const Report report = make_report(*analysis, sink);
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings.front().rule == "undeclared-dependency");
  CHECK(sink.phases ==
        std::vector<std::string>{"inputs", "parse", "link", "graph", "rules"});
  CHECK(sink.diagnostics.empty());
  CHECK(sink.warnings.empty());
}

TEST_CASE(
    "a misspelled scoring key stops the run at the inputs, for every "
    "subcommand") {
  test::TestProject p;
  write_project(p, "scoring:\n  churn_days: 3\n");
  Diagnostics diags;
  RecordingSink sink;
  CHECK_FALSE(analyze(options_for(p), diags, sink));
  REQUIRE(sink.diagnostics.size() == 1);
  CHECK(sink.diagnostics.front().find("unknown scoring key 'churn_days'") !=
        std::string::npos);
  CHECK(sink.phases.empty());  // nothing was parsed
}

TEST_CASE("score_project measures and ranks every module") {
  test::TestProject p;
  write_project(p);
  Diagnostics diags;
  RecordingSink sink;
  auto analysis = analyze(options_for(p), diags, sink);
  REQUIRE(analysis);
  const Scoring s = score_project(*analysis, /*read_history=*/false, sink);
  CHECK(s.metrics.size() == 2);
  CHECK(s.scores.modules.size() == 2);
  CHECK_FALSE(s.history.available);
}

}  // namespace
}  // namespace seams

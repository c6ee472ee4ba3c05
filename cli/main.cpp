// The `seams` executable: a table of subcommands. Each subcommand file wires
// the pipeline stages; this file only dispatches and maps failures to exit
// codes.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <map>

#include "base/version.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exit_status.h"

namespace {

int run(int argc, char** argv) {
  using namespace seams;
  CLI::App app{
      "seams: keep a C++ codebase a modular monolith, and see what to extract "
      "next"};
  app.require_subcommand(1);
  app.set_version_flag("--version", fmt::format("seams {}", seams_version()));
  const std::map<std::string, Runner> runners = {
      {"baseline", register_baseline(app)}, {"check", register_check(app)},
      {"explain", register_explain(app)},   {"graph", register_graph(app)},
      {"index", register_index(app)},       {"init", register_init(app)},
      {"merge", register_merge(app)},       {"report", register_report(app)},
      {"score", register_score(app)},       {"suggest", register_suggest(app)},
      {"which", register_which(app)},
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "seams: error: {}\n", e.what());
    fmt::print(stderr, "run 'seams --help' for usage\n");
    return code(ExitStatus::bad_input);
  }
  install_signal_handlers();
  for (const auto* sub : app.get_subcommands())
    return runners.at(sub->get_name())();
  return code(ExitStatus::bad_input);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    fmt::print(stderr,
               "seams: internal error: {}\nplease report this as a bug\n",
               e.what());
  } catch (...) {
    fmt::print(stderr, "seams: internal error\nplease report this as a bug\n");
  }
  return seams::code(seams::ExitStatus::internal);
}

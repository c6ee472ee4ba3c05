// `seams merge`: the union of facts files, in any grouping (commutative,
// associative, idempotent), read one at a time so memory follows the merged
// facts, not the sum of the inputs.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "analyzer/facts_file.h"
#include "cli/commands.h"
#include "cli/exit_status.h"
#include "cli/output.h"
#include "cli/terminal_sink.h"

namespace seams {
namespace {

struct MergeOptions {
  std::string output;
  std::vector<std::string> inputs;
  bool verbose = false;
};

int run_merge(const MergeOptions& o) {
  Diagnostics diags;
  TerminalSink sink(o.verbose);
  if (!check_output_path(o.output)) return code(ExitStatus::bad_input);
  const PathMap as_stored;  // paths stay as the inputs store them
  std::optional<FactsFile> acc;
  std::string acc_name;
  for (const std::string& name : o.inputs) {
    auto f = read_facts_file(name, as_stored, diags);
    if (f && !acc) {
      acc = std::move(*f);
      acc_name = name;
    } else if (f) {
      merge_facts(*acc, std::move(*f), acc_name, name, diags);
    }
    if (!flush(diags, sink)) return code(ExitStatus::bad_input);
    if (o.verbose)
      sink.note(fmt::format("merged {}: {} translation units so far", name,
                            acc->tus.size()));
  }
  if (!write_output(o.output, encode_facts_file(*acc, as_stored)))
    return code(ExitStatus::bad_input);
  sink.info(fmt::format("wrote {}: {} translation units from {} file{}",
                        o.output, acc->tus.size(), o.inputs.size(),
                        o.inputs.size() == 1 ? "" : "s"));
  return code(ExitStatus::ok);
}

}  // namespace

Runner register_merge(CLI::App& app) {
  auto o = std::make_shared<MergeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "merge",
      "Merge facts files of 'seams index' into one (in any order or "
      "grouping: the result is the same)");
  cmd->add_option("-o,--output", o->output, "The merged facts file to write")
      ->required();
  cmd->add_option("inputs", o->inputs, "Facts files to merge")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_flag("-v,--verbose", o->verbose, "Say what each input added");
  return [o] { return run_merge(*o); };
}

}  // namespace seams

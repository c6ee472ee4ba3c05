// `seams index`: parses a part of the compile DB (all of it, shard K of N, or
// a list of TUs) and writes its facts file, for `seams merge` and `--facts`.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <charconv>
#include <memory>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/exit_status.h"
#include "cli/output.h"
#include "cli/terminal_sink.h"

namespace seams {
namespace {

struct IndexOptions {
  CommonOptions common;
  std::string output;
  std::string shard;  // "K/N"
  std::string tus;    // --tus FILE
  std::string depfile;
};

std::optional<std::pair<int, int>> parse_shard(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  int k = 0, n = 0;
  auto a = std::from_chars(text.data(), text.data() + slash, k);
  auto b =
      std::from_chars(text.data() + slash + 1, text.data() + text.size(), n);
  if (a.ec != std::errc() || a.ptr != text.data() + slash ||
      b.ec != std::errc() || b.ptr != text.data() + text.size() || n < 1 ||
      k < 1 || k > n)
    return std::nullopt;
  return std::pair(k, n);
}

// Make's syntax, which Ninja reads: spaces and '#' escaped, '$' doubled.
std::string depfile_text(const std::string& target,
                         const std::vector<std::string>& deps) {
  auto escape = [](const std::string& p) {
    std::string out;
    for (char c : p) {
      if (c == ' ' || c == '#' || c == '\\') out += '\\';
      if (c == '$') out += '$';
      out += c;
    }
    return out;
  };
  std::string out = escape(target) + ":";
  for (const auto& d : deps) out += " \\\n  " + escape(d);
  return out + "\n";
}

int run_index(const IndexOptions& o) {
  Diagnostics diags;
  TerminalSink sink(o.common.verbose);
  if (!check_output_path(o.output) ||
      (!o.depfile.empty() && !check_output_path(o.depfile)))
    return code(ExitStatus::bad_input);
  IndexPart part;
  if (!o.shard.empty()) {
    auto kn = parse_shard(o.shard);
    if (!kn) {
      sink.diagnostic({DiagLevel::error, "", 0, 0,
                       fmt::format("--shard must be K/N with 1 <= K <= N, "
                                   "not '{}'",
                                   o.shard),
                       ""});
      return code(ExitStatus::bad_input);
    }
    std::tie(part.shard, part.shards) = *kn;
  }
  auto inputs = load_inputs(o.common.analysis, diags, sink);
  if (!inputs) return code(ExitStatus::bad_input);
  auto tus = select_tus(*inputs, diags, sink);
  if (!tus) return code(ExitStatus::bad_input);
  if (!o.tus.empty()) {
    part.tus = read_tu_list(o.tus, inputs->root, *tus, diags);
    part.tus_file = o.tus;
    if (!flush(diags, sink) || !part.tus) return code(ExitStatus::bad_input);
  }
  auto facts = index_part(*inputs, *tus, o.common.analysis, part, diags, sink);
  if (!facts) return code(ExitStatus::bad_input);
  const std::string text = encode_facts_file(
      facts->facts, PathMap{inputs->root, o.common.analysis.prefix_maps});
  if (!write_output(o.output, text)) return code(ExitStatus::bad_input);
  if (!o.depfile.empty()) {
    std::error_code ec;
    const std::string target =
        std::filesystem::absolute(o.output, ec).lexically_normal().string();
    if (!write_output(o.depfile, depfile_text(target, facts->dependencies)))
      return code(ExitStatus::bad_input);
  }
  const FactsFile& f = facts->facts;
  sink.info(fmt::format(
      "wrote {}: {} translation unit{}{}, {} failed to parse; {} uses, {} "
      "declarations",
      o.output, f.tus.size(), f.tus.size() == 1 ? "" : "s",
      part.shards > 1 ? fmt::format(" (shard {}/{})", part.shard, part.shards)
                      : "",
      f.failures.size(), f.facts.uses.size() + f.headers.uses.size(),
      f.facts.decls.size() + f.headers.decls.size()));
  print_profile(o.common);
  return code(ExitStatus::ok);
}

}  // namespace

Runner register_index(CLI::App& app) {
  auto o = std::make_shared<IndexOptions>();
  CLI::App* cmd = app.add_subcommand(
      "index",
      "Parse the compile DB (or a shard of it) and write a facts file, for "
      "'seams merge' and --facts");
  add_input_options(*cmd, o->common);
  add_prefix_map_option(*cmd, o->common);
  cmd->add_option("-o,--output", o->output, "The facts file to write")
      ->required();
  CLI::Option* shard = cmd->add_option(
      "--shard", o->shard,
      "K/N: parse only the K-th of N shards (1-based); a TU's shard is a "
      "hash of its path and flags, so adding TUs moves no other");
  CLI::Option* tus = cmd->add_option(
      "--tus", o->tus,
      "A file listing the TUs to parse (one main file per line, relative "
      "to the project root or absolute): a part chosen by another scheduler");
  shard->excludes(tus);
  cmd->add_option("--depfile", o->depfile,
                  "Also write a Makefile-style depfile of every file the "
                  "parsed TUs read (for Ninja and CMake's DEPFILE)");
  return [o] { return run_index(*o); };
}

}  // namespace seams

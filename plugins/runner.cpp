// Implements run_plugin (see runner.h) on base/process.h's run_child.
#include "plugins/runner.h"

#include <fmt/format.h>

#include <cstring>
#include <filesystem>

#include "base/process.h"
#include "base/text.h"

namespace seams {
namespace {

void pass_stderr(const ChildResult& r,
                 const std::function<void(std::string_view)>& line) {
  std::string_view rest = r.err;
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    line(escape_controls(rest.substr(0, end)));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  if (r.err_dropped > 0)
    line(fmt::format("... {} more bytes of stderr not shown", r.err_dropped));
}

// Why the run failed, or empty when it exited 0.
std::string failure(const ChildResult& r, const PluginLimits& limits) {
  switch (r.end) {
    case ChildEnd::exited:
      return r.exit_code == 0
                 ? std::string()
                 : fmt::format("exited with status {}", r.exit_code);
    case ChildEnd::signaled:
      return fmt::format("crashed: killed by signal {} ({})", r.term_signal,
                         strsignal(r.term_signal));
    case ChildEnd::timed_out:
      return fmt::format(
          "did not finish within {:g} s (--plugin-timeout); killed",
          limits.timeout_seconds);
    case ChildEnd::stdout_too_large:
      return fmt::format("wrote more than {} MiB to stdout; killed",
                         limits.max_stdout / (1024 * 1024));
    case ChildEnd::interrupted:
      return "interrupted";
    case ChildEnd::not_started:
      return fmt::format("cannot be started: {}", r.start_error);
  }
  return "failed";
}

}  // namespace

std::optional<PluginAnswer> run_plugin(
    const AnswerContext& ctx, const std::string& root, const std::string& input,
    const PluginLimits& limits, const std::atomic<int>* interrupt,
    const std::function<void(std::string_view)>& stderr_line,
    Diagnostics& diags) {
  // The plugin runs in the project root; a relative --plugin path is ours.
  std::error_code ec;
  const std::string program =
      std::filesystem::absolute(ctx.plugin.path, ec).string();
  ChildRequest req;
  req.args = {program};
  req.input = input;
  req.directory = root;
  req.timeout_seconds = limits.timeout_seconds;
  req.max_stdout = limits.max_stdout;
  req.max_stderr = limits.max_stderr;
  req.interrupt = interrupt;
  const ChildResult r = run_child(req);
  pass_stderr(r, stderr_line);
  if (const std::string why = failure(r, limits); !why.empty()) {
    diags.error(fmt::format("plugin '{}' ({}) {}", ctx.plugin.name,
                            ctx.plugin.path, why));
    return std::nullopt;
  }
  return read_answer(r.out, ctx, diags);
}

}  // namespace seams

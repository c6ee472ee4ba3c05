// Runs one plugin: its input document on stdin, its answer from stdout, its
// stderr passed through line by line, under a time limit and an output cap.
// A plugin that cannot be started, is killed by a signal, exits non-zero,
// runs too long, writes too much or answers against the protocol is an error
// naming it and what went wrong (exit 2).
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "plugins/answer.h"
#include "plugins/protocol.h"

namespace seams {

/// Runs `ctx.plugin` in `root` with `input` on stdin. Each line it wrote to
/// stderr goes to `stderr_line` (a summary line after max_stderr bytes).
/// `interrupt` is polled: non-zero stops it (the caller then exits).
std::optional<PluginAnswer> run_plugin(
    const AnswerContext& ctx, const std::string& root, const std::string& input,
    const PluginLimits& limits, const std::atomic<int>* interrupt,
    const std::function<void(std::string_view)>& stderr_line,
    Diagnostics& diags);

}  // namespace seams

// Crash isolation: the front end runs in worker processes, one TU at a time
// each, so a TU on which libclang crashes (SIGSEGV, abort) or hangs costs that
// TU only. A crashed worker is reported like a parse failure and replaced; a TU
// running past the timeout is killed. Each worker keeps its indexing session
// across the TUs it parses, so header bodies are still parsed once per worker.
#pragma once

#include <atomic>
#include <vector>

#include "analyzer/compile_db.h"
#include "analyzer/facts.h"
#include "analyzer/frontend.h"

namespace seams {

/// Set by the CLI's SIGINT/SIGTERM handler to the signal number; the pool stops
/// its workers promptly when it becomes non-zero. Lock-free, so a signal
/// handler may store to it.
std::atomic<int>& interrupt_signal();

/// Like index_all, in `opts.jobs` worker processes. Returns with `*interrupted`
/// set to the signal number (and partial facts) when interrupt_signal() fires.
ProjectFacts index_isolated(const std::vector<CompileCommand>& commands,
                            const FrontendOptions& opts,
                            std::vector<TuFailure>& failures, int* interrupted);

}  // namespace seams

// The libclang front end: one translation unit in, plain facts out. This is the
// only part of seams that sees libclang. It uses the indexer
// (`clang_indexSourceFile`) with SkipParsedBodiesInSession — header function
// bodies already indexed by an earlier TU of the same worker are not parsed
// again, which is what makes seams cheaper than the compiler — and walks the
// preprocessing record of the same parse for macro expansions.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "analyzer/compile_db.h"
#include "analyzer/facts.h"

namespace seams {

/// Which files count as the project's: inside `root` and not a system header.
struct ProjectScope {
  std::string root;  // absolute, normalized, no trailing '/'
  bool contains(std::string_view abs_path) const;
};

/// One worker's libclang state (index + indexing session). Not thread-safe: one
/// per thread.
class TuIndexer {
 public:
  explicit TuIndexer(ProjectScope scope);
  ~TuIndexer();
  TuIndexer(const TuIndexer&) = delete;
  TuIndexer& operator=(const TuIndexer&) = delete;

  /// Parses and indexes one compile command. Never throws; a TU that cannot be
  /// parsed comes back with `failed` set and its first errors.
  TuFacts index(const CompileCommand& cmd);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// "libclang version 19.1.7 ..." of the loaded library (part of cache keys).
std::string libclang_version();

/// Progress callback: (TUs done, total, file just finished).
using ProgressFn =
    std::function<void(std::size_t, std::size_t, const std::string&)>;

/// How much a run extracts: every use (the default), or include edges only
/// (fast).
enum class Level { symbols, includes };

struct FrontendOptions {
  ProjectScope scope;
  int jobs = 1;
  ProgressFn progress;  // may be empty; called from worker threads under a lock
  /// Sees each TU's facts before they are merged (the cache records
  /// dependencies); may be empty; called under the same lock.
  std::function<void(const CompileCommand&, const TuFacts&)> observe;
  Level level = Level::symbols;
  /// Parse in worker processes (worker_pool.h), so a libclang crash or hang
  /// costs one TU.
  bool isolate = false;
  double tu_timeout_seconds =
      600;  // isolated mode: a TU running longer is killed
};

/// Indexes every command on `jobs` threads and merges the facts (deduplicated).
/// `failures` receives one entry per failed TU: the file and its first errors.
struct TuFailure {
  std::string file;
  std::vector<std::string> first_errors;
  int error_count = 0;
};
ProjectFacts index_all(const std::vector<CompileCommand>& commands,
                       const FrontendOptions& opts,
                       std::vector<TuFailure>& failures);

}  // namespace seams

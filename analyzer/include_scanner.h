// The include-only level (`--level includes`): a preprocessor-only pass through
// clang's C++ API that sees only each file's pre-scanned directives (the
// dependency-directives scanner clang-scan-deps uses), so nothing but
// #include/#if/#define lines is lexed. It yields the complete, resolved include
// edges of every TU at a small fraction of a full parse; it cannot see symbol
// uses (a type reached through a transitive include) nor macro uses in code.
#pragma once

#include <vector>

#include "analyzer/compile_db.h"
#include "analyzer/facts.h"
#include "analyzer/frontend.h"

namespace seams {

/// Scans TUs one at a time (one scanner per thread or worker process); what
/// it reads is cached for the scanner's lifetime, so keep one per run.
class DirectiveScanner {
 public:
  explicit DirectiveScanner(ProjectScope scope);
  ~DirectiveScanner();
  DirectiveScanner(const DirectiveScanner&) = delete;
  DirectiveScanner& operator=(const DirectiveScanner&) = delete;

  TuFacts scan(const CompileCommand& cmd);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace seams

// The parser of one thread or worker process for the chosen level: the
// libclang indexer (`--level symbols`) or the directive scanner (`--level
// includes`). Both keep state across TUs, so keep one per thread or process.
#pragma once

#include <optional>

#include "analyzer/frontend.h"
#include "analyzer/include_scanner.h"

namespace seams {

class TuParser {
 public:
  explicit TuParser(const FrontendOptions& opts) {
    if (opts.level == Level::includes)
      scanner_.emplace(opts.scope);
    else
      indexer_.emplace(opts.scope);
  }

  TuFacts parse(const CompileCommand& cmd) {
    return scanner_ ? scanner_->scan(cmd) : indexer_->index(cmd);
  }

 private:
  std::optional<TuIndexer> indexer_;
  std::optional<DirectiveScanner> scanner_;
};

}  // namespace seams

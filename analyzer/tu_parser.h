// The parser of one thread or worker process for the chosen level: the
// libclang indexer (`--level symbols`) or the directive scanner (`--level
// includes`). Both keep state across TUs, so keep one per thread or process.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "analyzer/compile_db.h"
#include "analyzer/facts.h"
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
    if (auto reason = unusable_entry(cmd)) return unusable(cmd, *reason);
    return scanner_ ? scanner_->scan(cmd) : indexer_->index(cmd);
  }

 private:
  // A TU whose file or directory is unusable is a parse failure, as at either
  // level; the fact cache parses it again once either path changes.
  static TuFacts unusable(const CompileCommand& cmd, std::string reason) {
    TuFacts facts;
    facts.main_file = cmd.file;
    facts.failed = true;
    facts.error_count = 1;
    facts.first_errors.push_back(std::move(reason));
    facts.dependencies = {cmd.file, cmd.directory};
    return facts;
  }

  std::optional<TuIndexer> indexer_;
  std::optional<DirectiveScanner> scanner_;
};

}  // namespace seams

// Incremental indexing: the facts of the last run, kept on disk with, for every
// TU, the files it read and their stamps. A TU whose command and files are
// unchanged is not parsed again; editing one header re-parses exactly the TUs
// that read it.
//
// Facts are cached as the project-wide union, not per TU: with
// SkipParsedBodiesInSession a header's function bodies are indexed only by the
// first TU of a session that reads it, so per-TU facts are incomplete by
// design. The union stays exact if facts *written in* a changed file are
// dropped and every TU that read that file is parsed again (one of them records
// it).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/compile_db.h"
#include "analyzer/facts.h"
#include "analyzer/frontend.h"

namespace seams {

struct CacheOptions {
  std::optional<std::filesystem::path> file;  // none: no cache
  /// The project root (absolute): paths under it are stored relative to it
  /// and TU keys leave it out, so a cache restored into a checkout at another
  /// path (another CI runner, another machine) still hits. Empty: absolute.
  std::string root;
  std::uint64_t max_bytes = 2ull
                            << 30;  // cap of the cache file's directory (LRU)
};

struct IndexRun {
  ProjectFacts facts;
  std::vector<TuFailure> failures;  // sorted by file; absolute paths
  int parsed = 0;                   // TUs parsed in this run
  int reused = 0;                   // TUs whose facts came from the cache
  /// Why the cache was not used, or not saved (each a warning for the user).
  std::vector<std::string> notes;
  int interrupted = 0;  // the signal that stopped the run (nothing saved)
  /// Every file the TUs read (absolute, sorted): what a build system must
  /// watch to know when to index them again (a depfile).
  std::vector<std::string> dependencies;
  /// Per main file, the directories its includes were found in (the union
  /// of `facts.include_dirs` by TU).
  std::map<std::string, std::vector<std::string>> include_dirs_by_file;
};

/// Indexes `commands`, reusing cached facts where nothing changed, and saves
/// the cache.
IndexRun index_incremental(const std::vector<CompileCommand>& commands,
                           const FrontendOptions& opts,
                           const CacheOptions& cache);

/// A TU's identity across machines and runs: a hash of the libclang version,
/// its main file and its arguments, with `root` taken out of each (hex). The
/// cache's key, and what `seams index --shard` hashes.
std::string tu_key(const CompileCommand& cmd, const std::string& root);

/// The cache file for a project and its compile DBs, inside `dir`: named by
/// `key`, the root's last component and the compile DBs' paths relative to
/// the root, so the same project checked out elsewhere finds it.
std::filesystem::path cache_file_for(const std::filesystem::path& dir,
                                     const std::string& root,
                                     const std::string& key,
                                     const std::vector<std::string>& db_paths);

}  // namespace seams

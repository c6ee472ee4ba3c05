// The facts file: what `seams index` writes and every analyzing command can
// read instead of parsing (`--facts`), so parsing can be spread over CI jobs
// or build steps and the rules run where no compiler flags are. Its format
// (docs/design.md, "Facts files") is text, one record per line, with every
// string once in a table ordered by content and every section in a total
// order: the same facts give the same bytes, on any machine, whichever TU
// parsed a header first. Paths under the project root are stored relative to
// it; others can be rewritten with a prefix map (a build directory
// elsewhere).
//
// Merging is a union: commutative, associative and idempotent, so shard files
// can be merged in any grouping.
#pragma once

#include <compare>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyzer/facts.h"
#include "analyzer/frontend.h"
#include "base/diagnostics.h"

namespace seams {

/// A translation unit of the compile DB: its main file and the hash of its
/// command (tu_shard_key), so two commands of one file count twice.
struct TuEntry {
  std::string file;
  std::string key;
  auto operator<=>(const TuEntry&) const = default;
};

inline constexpr int kFactsFormat = 1;

/// Which part of the compile DB a facts file holds: shard `shard` of
/// `shards` (1 of 1 for a whole run; 0 of 0 for a --tus list), of a compile
/// DB whose selection had `tus` TUs (excluded ones included). A merge keeps
/// every part, so a reader can tell a complete set of shards from a partial
/// one.
struct FactsPart {
  std::uint64_t shard = 1;
  std::uint64_t shards = 1;
  std::uint64_t tus = 0;
  auto operator<=>(const FactsPart&) const = default;
};

struct FactsFile {
  int format = kFactsFormat;
  std::string seams_version;
  std::string libclang_version;
  std::string level;                // "symbols" or "includes"
  std::vector<FactsPart> parts;     // sorted
  std::vector<TuEntry> tus;         // parsed (or cached), sorted
  std::vector<TuEntry> excluded;    // TUs seams.yaml excludes, sorted
  std::vector<TuFailure> failures;  // of `tus`, sorted
  /// The union of the TUs' facts. `main_files`, `translation_units` and
  /// `parse_failures` follow from `tus` and `failures` (derive_counts).
  ProjectFacts facts;
  /// Owned headers parsed on their own (coverage.h): their facts, written in
  /// files no TU of the file read (settle_header_facts drops the rest).
  ProjectFacts headers;  // its include_dirs are in header_include_dirs
  /// (header parsed alone, a directory its includes were found in): settled
  /// with the header.
  std::vector<std::pair<std::string, std::string>> header_include_dirs;
  std::vector<TuFailure> header_failures;  // headers that did not parse alone
};

/// How paths are stored: relative to `root` when under it (an empty root
/// keeps every path as it is, for merging), after the first matching prefix
/// of `prefixes` (FROM -> TO) is replaced. Reading maps back the other way
/// (TO -> FROM); a stored path that does not start with '/' or '@' and that
/// no prefix maps is relative to the root.
struct PathMap {
  std::string root;
  std::vector<std::pair<std::string, std::string>> prefixes;
  std::string store(std::string_view path) const;  // absolute -> stored
  std::string load(std::string_view path) const;   // stored -> absolute
};

/// Parses "FROM=TO" of --prefix-map (trailing slashes dropped); nullopt when
/// there is no '=' or either side is empty.
std::optional<std::pair<std::string, std::string>> parse_prefix_map(
    std::string_view text);

/// Sorts every section, removes duplicates and fills the derived counts.
void normalize(FactsFile& f);

/// Drops the facts of headers parsed alone that are written in a file some TU
/// read (the TU's view wins), and the failures of such headers. Monotonic, so
/// merging stays associative.
void settle_header_facts(FactsFile& f);

/// The bytes of `f` (normalized first by the caller).
std::string encode_facts_file(const FactsFile& f, const PathMap& paths);

/// Reads a facts file; nullopt with an error naming the file, line and column
/// when it is not one, or is damaged.
std::optional<FactsFile> read_facts_file(const std::filesystem::path& file,
                                         const PathMap& paths,
                                         Diagnostics& diags);

/// Merges `more` into `acc` (both normalized); false with an error naming both
/// files and their versions when they were written by different versions of
/// seams or libclang, or at different levels.
bool merge_facts(FactsFile& acc, FactsFile&& more, const std::string& acc_name,
                 const std::string& more_name, Diagnostics& diags);

/// Why the parts of `f` are not one whole compile DB (shards missing, shards
/// of different splits or of different compile DBs), or "" when they are or
/// cannot be told (a --tus part).
std::string incomplete_parts(const FactsFile& f);

/// The facts of `f` the rest of the pipeline reads: the TUs' facts joined with
/// the settled header facts.
ProjectFacts joined_facts(const FactsFile& f);

}  // namespace seams

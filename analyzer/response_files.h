// Expands response files (`@flags.rsp`) in a compile DB entry's arguments, as
// clang's driver does, so the flags MSBuild, Bazel and Ninja put in them reach
// libclang. Unlike the driver, a response file that cannot be read is an error
// with its name, not an `@file` argument left in place for a misleading
// "file not found" later.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace seams {

/// Reads and expands response files; keeps each file's tokens, so a DB of
/// 100 000 entries naming the same few files reads each once.
class ResponseFiles {
 public:
  /// Replaces every `@file` argument of `args` by the file's tokens, nested
  /// ones included. `file` is relative to `directory` (the entry's, for nested
  /// files too: clang and GCC resolve them against the working directory) and
  /// is split by clang's GNU rules (`llvm::cl::TokenizeGNUCommandLine`:
  /// whitespace, '...' and "..." quotes, backslash escapes). Returns nullopt,
  /// or why it failed (then `args` is unspecified):
  ///   "response file '@gone.rsp' not found in the entry's directory '/b'"
  ///   "response file '@a.rsp' includes itself: @a.rsp -> @b.rsp -> @a.rsp"
  std::optional<std::string> expand(std::vector<std::string>& args,
                                    const std::string& directory);

 private:
  struct File {
    std::string canonical;  // for cycle checks through symlinks
    std::vector<std::string> tokens;
    std::string error;  // non-empty: why it is unusable ("does not exist")
    bool missing = false;
  };
  const File& read(const std::string& path);

  std::map<std::string, File> files_;  // by absolute, lexically normal path
};

}  // namespace seams

// Loads compile_commands.json (both `arguments` and `command` forms, relative
// `directory` and `file`) and turns each entry into the arguments libclang
// needs: absolute paths, no output or dependency-file flags, no GCC-only flags
// clang rejects, and an explicit resource dir.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace seams {

/// One entry of a compile DB, with absolute `directory` and `file`.
struct CompileCommand {
  std::string directory;
  std::string file;
  std::vector<std::string> arguments;  // the compiler's argv, argv[0] included
  std::string db_path;                 // the compile_commands.json it came from
  int db_line = 0;                     // line of the entry in that file
  int db_column = 0;                   // column of the entry's first byte
};

/// Resolves `-p` values: a directory holding compile_commands.json, or the file
/// itself. With no value: `./compile_commands.json`, then
/// `./build/compile_commands.json`.
std::optional<std::filesystem::path> locate_compile_db(
    const std::string& p_value, Diagnostics& diags);

/// Reads one compile DB and expands the response files (`@file`) its commands
/// name (see response_files.h). Errors (unreadable, malformed JSON, an entry
/// without `file`, `directory` or a command, a response file missing or
/// including itself) name the file, line and column and make it return
/// nullopt; every entry is checked, so one run reports them all.
std::optional<std::vector<CompileCommand>> load_compile_db(
    const std::filesystem::path& path, Diagnostics& diags);

/// Splits a `command` string as a POSIX shell would (quotes and backslashes; no
/// expansion).
std::vector<std::string> split_command(const std::string& command);

/// The arguments for libclang, and what was removed from the original command
/// line.
struct ClangArgs {
  std::vector<std::string>
      args;  // no argv[0]; ends with the absolute main file
  std::vector<std::string> dropped;  // GCC-only flags removed (for --verbose)
};

/// Why the entry cannot be parsed at all, naming the path: its `directory` does
/// not exist, its `file` is a directory or cannot be read. nullopt when it can.
///   "/p/src/a.cpp: the entry's directory '/p/gone' does not exist
///   (compile_commands.json:3:3)"
std::optional<std::string> unusable_entry(const CompileCommand& cmd);

/// Rewrites a compile command for libclang (see the file comment). Never runs
/// anything.
ClangArgs clang_arguments(const CompileCommand& cmd);

/// A command that parses `header` (absolute) on its own with the flags of
/// `like`: its main file replaced by the header, read as `c++-header` (or
/// `c-header` for a C TU), as clangd parses a header no TU includes.
CompileCommand header_command(const CompileCommand& like,
                              const std::string& header);

/// The resource dir passed to libclang (`SEAMS_RESOURCE_DIR` overrides the
/// built-in one).
std::string clang_resource_dir();

/// Removes duplicate entries (same file and same arguments) keeping the first,
/// sorted by file.
void dedupe_commands(std::vector<CompileCommand>& commands);

}  // namespace seams

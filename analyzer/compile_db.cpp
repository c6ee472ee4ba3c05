// Implements compile DB loading and argument hygiene (docs/libclang-notes.md
// §2-§4).
#include "analyzer/compile_db.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string_view>
#include <system_error>

#include "analyzer/response_files.h"
#include "base/file_io.h"
#include "base/json_input.h"

namespace seams {
namespace fs = std::filesystem;

namespace {

// GCC-only flags that clang rejects with "unknown argument": libclang then
// silently returns an empty TU, so they must go. Exact names, and prefixes for
// the `=value` forms.
constexpr std::array kGccOnlyFlags = {"-fconcepts",
                                      "-fno-gnu-unique",
                                      "-fmodules-ts",
                                      "-fext-numeric-literals",
                                      "-fipa-pta",
                                      "-fno-lifetime-dse",
                                      "-mno-direct-extern-access",
                                      "-fanalyzer",
                                      "-fno-canonical-system-headers",
                                      "-fcompare-debug-second",
                                      "-fcoroutines",
                                      "-fno-allow-store-data-races",
                                      "-fconserve-stack",
                                      "-fno-var-tracking-assignments",
                                      "-fno-tree-loop-distribute-patterns"};
constexpr std::array kGccOnlyPrefixes = {"-fconcepts-diagnostics-depth=",
                                         "-fdeps-format=",
                                         "-fdeps-file=",
                                         "-fdeps-target=",
                                         "-fmodule-mapper=",
                                         "-fabi-version=",
                                         "-fplugin-arg-",
                                         "--param=",
                                         "-flto-partition="};

// Flags with a separate value argument that we drop together with the value.
constexpr std::array kDropWithValue = {
    "-o", "-MF", "-MT", "-MQ", "-MJ", "--serialize-diagnostics", "-Xclang-pch"};
// Flags dropped on their own: outputs, dependency files, PCH use (GCC .gch is
// unreadable by clang).
constexpr std::array kDropAlone = {"-c",
                                   "-M",
                                   "-MM",
                                   "-MD",
                                   "-MMD",
                                   "-MP",
                                   "-MG",
                                   "-S",
                                   "-E",
                                   "-save-temps",
                                   "-fpch-preprocess",
                                   "-Winvalid-pch",
                                   "-pipe"};

// Flags whose value is a path, given as a separate argument or glued on.
constexpr std::array kPathFlags = {
    "-I",       "-isystem",     "-iquote",   "-idirafter", "-include",
    "-imacros", "-isysroot",    "--sysroot", "-F",         "-iframework",
    "-iprefix", "-iwithprefix", "-B",        "-L",         "-resource-dir"};

bool is_gcc_only(std::string_view arg) {
  if (std::find(kGccOnlyFlags.begin(), kGccOnlyFlags.end(), arg) !=
      kGccOnlyFlags.end())
    return true;
  return std::any_of(kGccOnlyPrefixes.begin(), kGccOnlyPrefixes.end(),
                     [&](std::string_view p) { return arg.starts_with(p); });
}

template <std::size_t N>
bool in(const std::array<const char*, N>& set, std::string_view arg) {
  return std::find_if(set.begin(), set.end(),
                      [&](const char* s) { return arg == s; }) != set.end();
}

std::string absolute_in(const std::string& dir, std::string_view path) {
  fs::path p(path);
  if (p.is_relative()) p = fs::path(dir) / p;
  return p.lexically_normal().string();
}

// True when the non-flag argument `arg` names `main_file`, also through a
// symlink: the pipeline passes the main file's real path, while the command may
// name it through a symlinked directory (as Bazel's execroot does).
bool names_main_file(const std::string& dir, std::string_view arg,
                     const std::string& main_file) {
  if (arg.starts_with("-")) return false;
  const std::string path = absolute_in(dir, arg);
  std::error_code ec;
  return path == main_file || fs::equivalent(path, main_file, ec);
}

}  // namespace

std::optional<fs::path> locate_compile_db(const std::string& p_value,
                                          Diagnostics& diags) {
  if (p_value.empty()) {
    for (const char* candidate :
         {"compile_commands.json", "build/compile_commands.json"}) {
      if (fs::is_regular_file(candidate))
        return fs::absolute(candidate).lexically_normal();
    }
    diags.error(
        "no compile_commands.json in ./ or ./build/; pass -p BUILD_DIR (CMake "
        "writes one with "
        "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON)");
    return std::nullopt;
  }
  fs::path p(p_value);
  std::error_code ec;
  const bool given_dir = fs::is_directory(p, ec);
  if (given_dir) p /= "compile_commands.json";
  if (!fs::exists(p, ec)) {
    diags.error(p.string(), 0, 0,
                given_dir
                    ? "no compile_commands.json in this directory; configure "
                      "the build with "
                      "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"
                    : "no such file or directory");
    return std::nullopt;
  }
  return fs::absolute(p).lexically_normal();
}

std::vector<std::string> split_command(const std::string& command) {
  std::vector<std::string> out;
  std::string cur;
  bool have = false;
  char quote = 0;
  for (std::size_t i = 0; i < command.size(); ++i) {
    char c = command[i];
    if (quote == '\'') {
      if (c == '\'')
        quote = 0;
      else
        cur += c;
    } else if (quote == '"') {
      if (c == '"')
        quote = 0;
      else if (c == '\\' && i + 1 < command.size() &&
               std::strchr("\"\\$`", command[i + 1]))
        cur += command[++i];
      else
        cur += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      have = true;
    } else if (c == '\\' && i + 1 < command.size()) {
      cur += command[++i];
      have = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (have) out.push_back(std::move(cur));
      cur.clear();
      have = false;
    } else {
      cur += c;
      have = true;
    }
  }
  if (have) out.push_back(std::move(cur));
  return out;
}

namespace {

// Turns one JSON entry into a command, its response files expanded; returns
// nullopt with a diagnostic at the entry on a malformed entry.
std::optional<CompileCommand> parse_entry(const nlohmann::json& e,
                                          const fs::path& db,
                                          const TextPosition& at,
                                          ResponseFiles& response_files,
                                          Diagnostics& diags) {
  auto fail = [&](std::string msg) {
    diags.error(db.string(), at.line, at.column, std::move(msg),
                std::string(at.source_line));
    return std::nullopt;
  };
  if (!e.is_object()) return fail("entry is not an object");
  auto str = [&](const char* key) -> const std::string* {
    auto it = e.find(key);
    return it != e.end() && it->is_string() ? it->get_ptr<const std::string*>()
                                            : nullptr;
  };
  const std::string* dir = str("directory");
  const std::string* file = str("file");
  if (!dir) return fail("entry has no string 'directory'");
  if (!file) return fail("entry has no string 'file'");
  CompileCommand cmd;
  // A relative `directory` is relative to the compile DB's own directory.
  cmd.directory = absolute_in(db.parent_path().string(), *dir);
  cmd.file = absolute_in(cmd.directory, *file);
  cmd.db_path = db.string();
  cmd.db_line = at.line;
  cmd.db_column = at.column;
  if (auto it = e.find("arguments"); it != e.end()) {
    if (!it->is_array() || it->empty())
      return fail("'arguments' must be a non-empty list");
    for (const auto& a : *it) {
      if (!a.is_string()) return fail("'arguments' must hold only strings");
      cmd.arguments.push_back(a.get<std::string>());
    }
  } else if (const std::string* c = str("command")) {
    cmd.arguments = split_command(*c);
    if (cmd.arguments.empty()) return fail("'command' is empty");
  } else {
    return fail("entry has neither 'arguments' nor 'command'");
  }
  if (auto error = response_files.expand(cmd.arguments, cmd.directory))
    return fail(std::move(*error));
  return cmd;
}

}  // namespace

std::optional<std::vector<CompileCommand>> load_compile_db(const fs::path& path,
                                                           Diagnostics& diags) {
  const FileText file = read_file(path);
  if (!file.ok()) {
    diags.error(path.string(), 0, 0,
                fmt::format("cannot read: {}", file.error_message()));
    return std::nullopt;
  }
  const std::string& text = file.text;
  nlohmann::json doc;
  if (const auto error = parse_json(text, doc)) {
    const TextPosition at = position_of(text, error->offset);
    diags.error(path.string(), at.line, at.column,
                "malformed JSON: " + error->message,
                std::string(at.source_line));
    return std::nullopt;
  }
  if (!doc.is_array()) {
    const TextPosition at =
        position_of(text, text.find_first_not_of(" \t\r\n"));
    diags.error(path.string(), at.line, at.column,
                "a compile DB must be a JSON array of entries",
                std::string(at.source_line));
    return std::nullopt;
  }
  const auto positions = array_element_positions(text, 0);
  assert(positions.size() == doc.size());
  ResponseFiles response_files;
  std::vector<CompileCommand> commands;
  bool ok = true;
  for (std::size_t i = 0; i < doc.size(); ++i) {
    const TextPosition at =
        i < positions.size() ? positions[i] : TextPosition{0, 0, {}};
    auto cmd = parse_entry(doc[i], path, at, response_files, diags);
    if (cmd)
      commands.push_back(std::move(*cmd));
    else
      ok = false;
  }
  if (!ok) return std::nullopt;
  return commands;
}

std::optional<std::string> unusable_entry(const CompileCommand& cmd) {
  std::error_code ec;
  if (!fs::is_directory(cmd.directory, ec))
    return fmt::format(
        "{}: the entry's directory '{}' does not exist ({}:{}:{})", cmd.file,
        cmd.directory, cmd.db_path, cmd.db_line, cmd.db_column);
  const fs::file_status st = fs::status(cmd.file, ec);
  if (fs::is_directory(st))
    return fmt::format("{}: cannot read the file: it is a directory", cmd.file);
  if (!fs::is_regular_file(st))
    return fmt::format("{}: cannot read the file: {}", cmd.file,
                       ec ? ec.message() : std::string("no such file"));
  return std::nullopt;
}

std::string clang_resource_dir() {
  if (const char* env = std::getenv("SEAMS_RESOURCE_DIR"); env && *env)
    return env;
  return SEAMS_CLANG_RESOURCE_DIR;
}

CompileCommand header_command(const CompileCommand& like,
                              const std::string& header) {
  CompileCommand out = like;
  out.file = header;
  out.arguments.clear();
  for (std::size_t i = 0; i < like.arguments.size(); ++i) {
    const std::string& arg = like.arguments[i];
    if (i > 0 && names_main_file(like.directory, arg, like.file)) continue;
    if (arg == "-x" && i + 1 < like.arguments.size()) {
      ++i;  // the TU's own language; the header's is set below
      continue;
    }
    if (arg.starts_with("-x") && arg.size() > 2) continue;
    out.arguments.push_back(arg);
  }
  // clang_arguments appends the main file last, after this.
  const bool c = like.file.ends_with(".c");
  out.arguments.insert(out.arguments.end(),
                       {"-x", c ? "c-header" : "c++-header"});
  return out;
}

ClangArgs clang_arguments(const CompileCommand& cmd) {
  ClangArgs out;
  const auto& a = cmd.arguments;
  const std::string main_file = cmd.file;
  for (std::size_t i = 1; i < a.size(); ++i) {
    const std::string& arg = a[i];
    if (in(kDropWithValue, arg)) {
      ++i;
      continue;
    }
    if (in(kDropAlone, arg) || arg.starts_with("-MF") ||
        arg.starts_with("-MT") || arg.starts_with("-MQ") ||
        (arg.starts_with("-o") && !arg.starts_with("-ob")) ||
        arg.starts_with("-fdiagnostics-color"))
      continue;
    if (arg == "-include-pch") {
      ++i;  // a precompiled header made by another compiler: unreadable here
      continue;
    }
    if (arg == "-include" && i + 1 < a.size()) {
      // A forced include such as CMake's cmake_pch.hxx is a text header the TU
      // needs. Passed to the front end directly, so the driver cannot swap in a
      // GCC-built .gch beside it (which clang cannot read:
      // docs/libclang-notes.md §3).
      const std::string& header = a[++i];
      if (header.ends_with(".gch") || header.ends_with(".pch")) continue;
      out.args.insert(out.args.end(), {"-Xclang", "-include", "-Xclang",
                                       absolute_in(cmd.directory, header)});
      continue;
    }
    if (arg == "-working-directory" || arg == "-resource-dir") {
      ++i;
      continue;
    }
    if (arg.starts_with("-working-directory=") ||
        arg.starts_with("-resource-dir="))
      continue;
    if (is_gcc_only(arg)) {
      out.dropped.push_back(arg);
      continue;
    }
    if (arg == "--") continue;
    // The main file (or any input that resolves to it) is appended last.
    if (names_main_file(cmd.directory, arg, main_file)) continue;
    bool handled = false;
    for (std::string_view flag : kPathFlags) {
      if (arg == flag && i + 1 < a.size()) {
        out.args.push_back(arg);
        out.args.push_back(absolute_in(cmd.directory, a[++i]));
        handled = true;
        break;
      }
      const bool gluable = flag.size() <= 2 || flag == "-isystem" ||
                           flag == "-iquote" || flag == "-idirafter";
      if (gluable && arg.size() > flag.size() && arg.starts_with(flag) &&
          arg[flag.size()] != '-' && arg[flag.size()] != '=') {
        out.args.push_back(std::string(flag) +
                           absolute_in(cmd.directory, arg.substr(flag.size())));
        handled = true;
        break;
      }
      if (arg.starts_with(std::string(flag) + "=")) {
        out.args.push_back(
            std::string(flag) + "=" +
            absolute_in(cmd.directory, arg.substr(flag.size() + 1)));
        handled = true;
        break;
      }
    }
    if (!handled) out.args.push_back(arg);
  }
  // seams never runs a program a compile DB names: for --offload-arch=native,
  // -fopenmp-targets= and the like the clang driver would run amdgpu-arch or
  // nvptx-arch, found through the command's -B directories or PATH. Point both
  // probes at a file that cannot be executed.
  out.args.push_back("--amdgpu-arch-tool=/dev/null");
  out.args.push_back("--nvptx-arch-tool=/dev/null");
  out.args.push_back("-resource-dir=" + clang_resource_dir());
  // Parse errors are what we report; warnings are noise for an analyzer.
  out.args.push_back("-w");
  out.args.push_back("-Wno-unknown-warning-option");
  out.args.push_back(main_file);
  return out;
}

void dedupe_commands(std::vector<CompileCommand>& commands) {
  std::stable_sort(commands.begin(), commands.end(),
                   [](const CompileCommand& x, const CompileCommand& y) {
                     return x.file < y.file;
                   });
  std::vector<CompileCommand> out;
  for (auto& c : commands) {
    // Sorted by file, so duplicates sit at the end of `out`.
    bool dup = false;
    for (auto it = out.rbegin(); it != out.rend() && it->file == c.file && !dup;
         ++it)
      dup = it->arguments == c.arguments;
    if (!dup) out.push_back(std::move(c));
  }
  commands = std::move(out);
}

}  // namespace seams

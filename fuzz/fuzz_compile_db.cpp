// libFuzzer target: compile_commands.json. The input is the file's text;
// load_compile_db must return commands or diagnostics, clang_arguments must
// rewrite any loaded command, and split_command must round-trip its own
// tokens once they are quoted back.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "analyzer/compile_db.h"
#include "base/diagnostics.h"
#include "fuzz/fuzz_input.h"

namespace {

/// `token` single-quoted for a POSIX shell: 'it'\''s'.
std::string shell_quote(const std::string& token) {
  std::string out = "'";
  for (char c : token) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

void check_split_round_trip(const std::string& command) {
  const std::vector<std::string> tokens = seams::split_command(command);
  std::string quoted;
  for (const std::string& t : tokens) quoted += shell_quote(t) + " ";
  if (seams::split_command(quoted) != tokens) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const seams::fuzz::InputFile input("seams-fuzz-compile-db", data, size);
  const std::string& path = input.path();
  seams::Diagnostics diags;
  auto commands = seams::load_compile_db(path, diags);
  if (commands.has_value() == diags.has_errors()) std::abort();
  if (commands) {
    for (const seams::CompileCommand& cmd : *commands) {
      const seams::ClangArgs args = seams::clang_arguments(cmd);
      // The main file always comes last, as libclang expects.
      if (args.args.empty() || args.args.back() != cmd.file) std::abort();
    }
    seams::dedupe_commands(*commands);
  }
  check_split_round_trip(
      std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}

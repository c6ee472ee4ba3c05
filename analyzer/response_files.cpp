// Implements response file expansion (response_files.h). The tokens come from
// LLVM's own GNU tokenizer, so quoting is exactly clang's; the expansion loop
// is ours because llvm::cl::ExpansionContext leaves a missing `@file` in place
// (as libiberty does) and cannot say which entry or chain of files failed.
#include "analyzer/response_files.h"

#include <fmt/format.h>
#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/Allocator.h>
#include <llvm/Support/CommandLine.h>
#include <llvm/Support/ConvertUTF.h>
#include <llvm/Support/StringSaver.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "base/file_io.h"

namespace seams {
namespace fs = std::filesystem;

namespace {

// Files that name each other twice per line double the arguments at each
// level; past this many, the DB is broken rather than big.
constexpr std::size_t kMaxArguments = 1'000'000;
// Response files are kilobytes; this keeps `@/proc/kcore` from filling memory.
constexpr std::uintmax_t kMaxFileBytes = 64u << 20;

struct Link {
  const std::string* written;  // the argument as written: "@b.rsp"
  const std::string* canonical;
};

std::vector<std::string> tokenize(std::string text) {
  // As llvm::cl::ExpansionContext::expandResponseFile: MSBuild writes UTF-16
  // with a byte order mark; a UTF-8 one is dropped.
  const llvm::ArrayRef<char> bytes(text.data(), text.size());
  if (std::string utf8; llvm::hasUTF16ByteOrderMark(bytes) &&
                        llvm::convertUTF16ToUTF8String(bytes, utf8))
    text = std::move(utf8);
  else if (text.starts_with("\xEF\xBB\xBF"))
    text.erase(0, 3);
  llvm::BumpPtrAllocator alloc;
  llvm::StringSaver saver(alloc);
  llvm::SmallVector<const char*, 64> argv;
  llvm::cl::TokenizeGNUCommandLine(text, saver, argv);
  return {argv.begin(), argv.end()};
}

std::string chain_text(const std::vector<Link>& chain,
                       const std::string& last) {
  std::string out;
  for (const Link& l : chain) out += *l.written + " -> ";
  return out + last;
}

// "response file '@b.rsp', named in '/d/a.rsp', not found in the entry's
// directory '/d'".
std::string unusable_message(const std::string& arg, const std::string& path,
                             const std::string& error, bool missing,
                             const std::vector<Link>& chain,
                             std::string directory) {
  if (directory.size() > 1 && directory.back() == '/')
    directory.pop_back();  // "/b/." normalizes to "/b/"
  const std::string what = fmt::format(
      "response file '{}'{}", arg,
      chain.empty() ? std::string()
                    : fmt::format(", named in '{}',", *chain.back().canonical));
  if (!missing) return fmt::format("{} {}: '{}'", what, error, path);
  if (!fs::is_directory(directory))
    return fmt::format(
        "{} not found: the entry's directory '{}' does not exist", what,
        directory);
  if (fs::path(arg.substr(1)).is_relative())
    return fmt::format("{} not found in the entry's directory '{}'", what,
                       directory);
  return what + " not found";
}

}  // namespace

const ResponseFiles::File& ResponseFiles::read(const std::string& path) {
  auto [it, fresh] = files_.try_emplace(path);
  File& f = it->second;
  if (!fresh) return f;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (st.type() == fs::file_type::not_found) {
    f.missing = true;
    f.error = "does not exist";
  } else if (ec) {
    f.error = fmt::format("cannot be read ({})", ec.message());
  } else if (!fs::is_regular_file(st)) {
    // Also keeps FIFOs and devices (`@/dev/stdin`) from blocking the run.
    f.error = "is not a regular file";
  } else if (fs::file_size(path, ec) > kMaxFileBytes && !ec) {
    f.error = fmt::format("is larger than {} MiB", kMaxFileBytes >> 20);
  } else if (FileText file = read_file(path); !file.ok()) {
    f.error = fmt::format("cannot be read ({})", file.error_message());
  } else {
    f.tokens = tokenize(std::move(file.text));
  }
  const fs::path canonical = fs::canonical(path, ec);
  f.canonical = ec ? path : canonical.string();
  return f;
}

std::optional<std::string> ResponseFiles::expand(std::vector<std::string>& args,
                                                 const std::string& directory) {
  if (std::none_of(args.begin(), args.end(),
                   [](const std::string& a) { return a.starts_with('@'); }))
    return std::nullopt;
  std::vector<std::string> out;
  std::vector<Link> chain;
  // Depth-first, so an argument's tokens land where the `@file` stood.
  auto append =
      [&](auto& self,
          const std::vector<std::string>& in) -> std::optional<std::string> {
    for (const std::string& arg : in) {
      if (out.size() >= kMaxArguments)
        return fmt::format(
            "response files expand to more than {} arguments; do they "
            "name each other repeatedly?",
            kMaxArguments);
      if (!arg.starts_with('@') || arg.size() == 1) {
        out.push_back(arg);
        continue;
      }
      fs::path p(arg.substr(1));
      if (p.is_relative()) p = fs::path(directory) / p;
      const std::string path = p.lexically_normal().string();
      const File& f = read(path);
      if (!f.error.empty())
        return unusable_message(arg, path, f.error, f.missing, chain,
                                directory);
      for (const Link& l : chain)
        if (*l.canonical == f.canonical)
          return fmt::format("response file '{}' includes itself: {}", arg,
                             chain_text(chain, arg));
      chain.push_back({&arg, &f.canonical});
      if (auto error = self(self, f.tokens)) return error;
      chain.pop_back();
    }
    return std::nullopt;
  };
  if (auto error = append(append, args)) return error;
  args = std::move(out);
  return std::nullopt;
}

}  // namespace seams

// Implements the include-only level (see include_scanner.h). Compiled without
// RTTI, like the clang libraries whose classes it derives from.
#include "analyzer/include_scanner.h"

#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/DiagnosticOptions.h>
#include <clang/Basic/FileManager.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/CompilerInvocation.h>
#include <clang/Frontend/FrontendActions.h>
#include <clang/Frontend/Utils.h>
#include <clang/Lex/DependencyDirectivesScanner.h>
#include <clang/Lex/PPCallbacks.h>
#include <clang/Lex/Preprocessor.h>
#include <clang/Lex/PreprocessorOptions.h>
#include <clang/Tooling/DependencyScanning/DependencyScanningFilesystem.h>
#include <fmt/format.h>
#include <llvm/Support/VirtualFileSystem.h>

#include <algorithm>
#include <filesystem>
#include <unordered_map>

namespace seams {
namespace {

namespace tooling = clang::tooling;

std::string real_path(clang::FileEntryRef f) {
  // A header found through the compiler's own search path is named through
  // its install directory ("/../lib/gcc/x86_64-linux-gnu/12/../../../../
  // include/c++/12/vector", where ".." follows the /lib -> usr/lib symlink),
  // and LLVM's "real path" of it only drops the ".." ("/include/c++/12/..."):
  // resolve the name as the symbol level's libclang does, so both levels
  // name an external header alike.
  const std::string name = f.getName().str();
  if (name.starts_with('/') && name.find("/../") != std::string::npos) {
    std::error_code ec;
    std::filesystem::path resolved =
        std::filesystem::weakly_canonical(name, ec);
    if (!ec) return resolved.string();
  }
  llvm::StringRef real = f.getFileEntry().tryGetRealPathName();
  return std::filesystem::path(real.empty() ? name : real.str())
      .lexically_normal()
      .string();
}

// What the scanner learnt about each file, kept across the TUs of a run (files
// do not change during one): its normalized real path, and where its lines
// start. Without it every TU normalizes the path of every include again and
// clang builds each header's line table again, per TU (together a tenth of the
// include level's time on abseil-cpp).
class FileInfoCache {
 public:
  struct Info {
    std::string path;
    std::vector<std::uint32_t> line_starts;  // filled on first need
    bool lines_known = false;
  };

  Info& of(clang::FileEntryRef f) {
    const llvm::sys::fs::UniqueID id = f.getUniqueID();
    auto [it, fresh] = by_id_.try_emplace({id.getDevice(), id.getFile()});
    if (fresh) it->second.path = real_path(f);
    return it->second;
  }

  // 1-based line and column of `offset` in `text` (the file's contents).
  static std::pair<unsigned, unsigned> line_column(Info& info,
                                                   llvm::StringRef text,
                                                   unsigned offset) {
    if (!info.lines_known) {
      info.line_starts.push_back(0);
      for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
          info.line_starts.push_back(static_cast<std::uint32_t>(i + 1));
      info.lines_known = true;
    }
    auto it = std::upper_bound(info.line_starts.begin(), info.line_starts.end(),
                               offset);
    const auto line = static_cast<unsigned>(it - info.line_starts.begin());
    return {line, offset - *(it - 1) + 1};
  }

 private:
  // By device and inode: one file however it is named, and no string to hash.
  struct IdHash {
    std::size_t operator()(
        const std::pair<std::uint64_t, std::uint64_t>& id) const noexcept {
      return std::hash<std::uint64_t>{}(id.first * 0x9E3779B97F4A7C15ULL ^
                                        id.second);
    }
  };
  std::unordered_map<std::pair<std::uint64_t, std::uint64_t>, Info, IdHash>
      by_id_;
};

// The include as written; built with append() because GCC 12 at -O3 reports a
// false -Wrestrict on operator+ of string literals and std::string.
std::string spelled(llvm::StringRef name, bool angled) {
  std::string out(1, angled ? '<' : '"');
  out.append(name.data(), name.size());
  out.push_back(angled ? '>' : '"');
  return out;
}

class IncludeRecorder final : public clang::PPCallbacks {
 public:
  IncludeRecorder(const clang::SourceManager& sm, const ProjectScope& scope,
                  FileInfoCache& files, TuFacts& facts)
      : sm_(sm), scope_(scope), files_(files), facts_(facts) {}

  void InclusionDirective(clang::SourceLocation hash, const clang::Token&,
                          llvm::StringRef name, bool angled,
                          clang::CharSourceRange,
                          clang::OptionalFileEntryRef file, llvm::StringRef,
                          llvm::StringRef, const clang::Module*, bool,
                          clang::SrcMgr::CharacteristicKind) override {
    if (!file) return;
    const std::string& to = files_.of(*file).path;
    facts_.dependencies.push_back(to);
    const auto [fid, offset] = sm_.getDecomposedSpellingLoc(hash);
    clang::OptionalFileEntryRef from_entry = sm_.getFileEntryRefForID(fid);
    if (!from_entry) return;
    FileInfoCache::Info& from = files_.of(*from_entry);
    if (std::string dir = include_dir_of(
            from.path, to, std::string_view(name.data(), name.size()), angled);
        !dir.empty())
      facts_.include_dirs.push_back(std::move(dir));
    if (!scope_.contains(from.path)) return;
    const bool in_project = scope_.contains(to);
    if (in_project) facts_.files.push_back(to);
    const auto [line, column] =
        FileInfoCache::line_column(from, sm_.getBufferData(fid), offset);
    (in_project ? facts_.uses : facts_.external_uses)
        .push_back({from.path,
                    line,
                    column,
                    UseKind::include,
                    spelled(name, angled),
                    {},
                    to,
                    {}});
  }

 private:
  const clang::SourceManager& sm_;
  const ProjectScope& scope_;
  FileInfoCache& files_;
  TuFacts& facts_;
};

class ScanAction final : public clang::PreprocessOnlyAction {
 public:
  ScanAction(const ProjectScope& scope, FileInfoCache& files, TuFacts& facts)
      : scope_(scope), files_(files), facts_(facts) {}

 private:
  void ExecuteAction() override {
    clang::CompilerInstance& ci = getCompilerInstance();
    ci.getPreprocessor().addPPCallbacks(std::make_unique<IncludeRecorder>(
        ci.getSourceManager(), scope_, files_, facts_));
    clang::PreprocessOnlyAction::ExecuteAction();
  }
  const ProjectScope& scope_;
  FileInfoCache& files_;
  TuFacts& facts_;
};

// Keeps the first errors of a TU, formatted like clang's "file:line:col: error:
// ...".
class ErrorCollector final : public clang::DiagnosticConsumer {
 public:
  explicit ErrorCollector(TuFacts& facts) : facts_(facts) {}
  void HandleDiagnostic(clang::DiagnosticsEngine::Level level,
                        const clang::Diagnostic& info) override {
    clang::DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < clang::DiagnosticsEngine::Error) return;
    ++facts_.error_count;
    if (facts_.first_errors.size() >= 3) return;
    llvm::SmallString<128> text;
    info.FormatDiagnostic(text);
    std::string where;
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      auto ploc = info.getSourceManager().getPresumedLoc(info.getLocation());
      if (ploc.isValid())
        where = fmt::format("{}:{}:{}: ", ploc.getFilename(), ploc.getLine(),
                            ploc.getColumn());
    }
    facts_.first_errors.push_back(
        fmt::format("{}error: {}", where, text.str().str()));
  }

 private:
  TuFacts& facts_;
};

}  // namespace

struct DirectiveScanner::State {
  ProjectScope scope;
  // Stats, file contents and directive tokens of every file the scanner has
  // seen: clang-scan-deps' own cache. A header is read, stat'ed and scanned
  // once per scanner (a worker process keeps one for the whole run), not once
  // per TU and include-path probe; files do not change during a run. Owned
  // here, not global, so that a later run in the same process sees edits.
  tooling::dependencies::DependencyScanningFilesystemSharedCache cache;
  FileInfoCache files;
  llvm::IntrusiveRefCntPtr<
      tooling::dependencies::DependencyScanningWorkerFilesystem>
      fs;
};

DirectiveScanner::DirectiveScanner(ProjectScope scope)
    : state_(std::make_unique<State>()) {
  state_->scope = std::move(scope);
  // Over a physical file system of our own: the default one changes the
  // process's working directory, which other threads share
  // (docs/libclang-notes.md §5).
  state_->fs = llvm::makeIntrusiveRefCnt<
      tooling::dependencies::DependencyScanningWorkerFilesystem>(
      state_->cache, llvm::vfs::createPhysicalFileSystem());
}

DirectiveScanner::~DirectiveScanner() = default;

TuFacts DirectiveScanner::scan(const CompileCommand& cmd) {
  TuFacts facts;
  facts.main_file = cmd.file;
  facts.dependencies.push_back(cmd.file);
  ClangArgs args = clang_arguments(cmd);
  std::vector<const char*> argv{"clang"};
  for (const auto& a : args.args) argv.push_back(a.c_str());
  ErrorCollector collector(facts);
  auto diag_opts = llvm::makeIntrusiveRefCnt<clang::DiagnosticOptions>();
  auto diags = clang::CompilerInstance::createDiagnostics(diag_opts.get(),
                                                          &collector, false);
  clang::CreateInvocationOptions opts;
  opts.Diags = diags;
  opts.VFS = state_->fs;
  opts.ProbePrecompiled = false;
  std::shared_ptr<clang::CompilerInvocation> inv =
      clang::createInvocation(argv, opts);
  if (!inv || facts.error_count > 0) {
    facts.failed = true;
    if (facts.first_errors.empty())
      facts.first_errors.push_back(cmd.file +
                                   ": clang could not use this command line");
    facts.error_count = std::max(facts.error_count, 1);
    return facts;
  }
  // Otherwise ExecuteAction prints "N errors generated." to stderr itself.
  inv->getDiagnosticOpts().ShowCarets = false;
  // As clang-scan-deps does: the preprocessor sees only each file's
  // directives, scanned once per run.
  inv->getPreprocessorOpts().DependencyDirectivesForFile =
      [fs = state_->fs](clang::FileEntryRef f)
      -> std::optional<
          llvm::ArrayRef<clang::dependency_directives_scan::Directive>> {
    if (auto entry = fs->getOrCreateFileSystemEntry(f.getName()))
      if (fs->ensureDirectiveTokensArePopulated(*entry))
        return entry->getDirectiveTokens();
    return std::nullopt;
  };
  clang::CompilerInstance ci;
  ci.setInvocation(std::move(inv));
  ci.createDiagnostics(&collector, /*ShouldOwnClient=*/false);
  ci.createFileManager(state_->fs);
  ScanAction action(state_->scope, state_->files, facts);
  if (!ci.ExecuteAction(action) || facts.error_count > 0) {
    facts.failed = true;
    facts.error_count = std::max(facts.error_count, 1);
    if (facts.first_errors.empty())
      facts.first_errors.push_back(cmd.file + ": scan failed");
  }
  if (state_->scope.contains(cmd.file)) facts.files.push_back(cmd.file);
  unique_include_dirs(facts);
  return facts;
}

}  // namespace seams

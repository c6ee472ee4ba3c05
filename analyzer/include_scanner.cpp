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

#include <filesystem>

namespace seams {
namespace {

namespace tooling = clang::tooling;

std::string real_path(clang::FileEntryRef f) {
  llvm::StringRef real = f.getFileEntry().tryGetRealPathName();
  std::string path = real.empty() ? f.getName().str() : real.str();
  return std::filesystem::path(path).lexically_normal().string();
}

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
                  TuFacts& facts)
      : sm_(sm), scope_(scope), facts_(facts) {}

  void InclusionDirective(clang::SourceLocation hash, const clang::Token&,
                          llvm::StringRef name, bool angled,
                          clang::CharSourceRange,
                          clang::OptionalFileEntryRef file, llvm::StringRef,
                          llvm::StringRef, const clang::Module*, bool,
                          clang::SrcMgr::CharacteristicKind) override {
    if (!file) return;
    const std::string to = real_path(*file);
    facts_.dependencies.push_back(to);
    clang::OptionalFileEntryRef from_entry =
        sm_.getFileEntryRefForID(sm_.getFileID(hash));
    if (!from_entry) return;
    const std::string from = real_path(*from_entry);
    if (!scope_.contains(from) || !scope_.contains(to)) return;
    facts_.files.push_back(to);
    facts_.uses.push_back({from,
                           sm_.getSpellingLineNumber(hash),
                           sm_.getSpellingColumnNumber(hash),
                           UseKind::include,
                           spelled(name, angled),
                           {},
                           to,
                           {}});
  }

 private:
  const clang::SourceManager& sm_;
  const ProjectScope& scope_;
  TuFacts& facts_;
};

class ScanAction final : public clang::PreprocessOnlyAction {
 public:
  ScanAction(const ProjectScope& scope, TuFacts& facts)
      : scope_(scope), facts_(facts) {}

 private:
  void ExecuteAction() override {
    clang::CompilerInstance& ci = getCompilerInstance();
    ci.getPreprocessor().addPPCallbacks(std::make_unique<IncludeRecorder>(
        ci.getSourceManager(), scope_, facts_));
    clang::PreprocessOnlyAction::ExecuteAction();
  }
  const ProjectScope& scope_;
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
  llvm::IntrusiveRefCntPtr<
      tooling::dependencies::DependencyScanningWorkerFilesystem>
      fs;
};

DirectiveScanner::DirectiveScanner(ProjectScope scope)
    : state_(std::make_unique<State>()) {
  state_->scope = std::move(scope);
  // Over a physical file system of our own: the default one changes the
  // process's working directory, which other threads share (research: pitfall
  // 6.5).
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
  ScanAction action(state_->scope, facts);
  if (!ci.ExecuteAction(action) || facts.error_count > 0) {
    facts.failed = true;
    facts.error_count = std::max(facts.error_count, 1);
    if (facts.first_errors.empty())
      facts.first_errors.push_back(cmd.file + ": scan failed");
  }
  if (state_->scope.contains(cmd.file)) facts.files.push_back(cmd.file);
  return facts;
}

}  // namespace seams

// Implements the libclang front end (see frontend.h). Pitfalls handled here,
// each described in docs/libclang-notes.md: the indexer calls chdir()
// when given -working-directory, so all paths are made absolute instead
// (compile_db.cpp) and none is passed; an overloaded-decl reference is the
// indexer listing every visible overload of a dependent call, not a use;
// namespace and template-parameter references are noise; an empty TU is a
// failure.
#include "analyzer/frontend.h"

#include <clang-c/Index.h>
#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Sema/CodeCompleteConsumer.h>
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "analyzer/blind_spots.h"
#include "analyzer/tu_parser.h"
#include "base/file_io.h"
#include "base/hash.h"

namespace seams {
namespace fs = std::filesystem;

bool ProjectScope::contains(std::string_view path) const {
  return path.size() > root.size() && path.starts_with(root) &&
         path[root.size()] == '/';
}

namespace {

std::string take(CXString s) {
  const char* c = clang_getCString(s);
  std::string out = c ? c : "";
  clang_disposeString(s);
  return out;
}

struct FileInfo {
  std::string path;  // real, absolute path
  bool in_project = false;
};

bool is_function_like(CXCursorKind k) {
  return k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod ||
         k == CXCursor_Constructor || k == CXCursor_Destructor ||
         k == CXCursor_ConversionFunction || k == CXCursor_FunctionTemplate ||
         k == CXCursor_LambdaExpr;
}

// A class, struct, union or enum (or a class template): what a forward
// declaration declares again, and a definition defines once.
bool is_type_declaration(CXCursorKind k) {
  return k == CXCursor_ClassDecl || k == CXCursor_StructDecl ||
         k == CXCursor_UnionDecl || k == CXCursor_EnumDecl ||
         k == CXCursor_ClassTemplate;
}

bool is_template_param(CXCursorKind k) {
  return k == CXCursor_TemplateTypeParameter ||
         k == CXCursor_NonTypeTemplateParameter ||
         k == CXCursor_TemplateTemplateParameter;
}

DeclKind decl_kind(CXIdxEntityKind k) {
  switch (k) {
    case CXIdxEntity_Typedef:
    case CXIdxEntity_Struct:
    case CXIdxEntity_Union:
    case CXIdxEntity_Enum:
    case CXIdxEntity_CXXClass:
    case CXIdxEntity_CXXTypeAlias:
    case CXIdxEntity_CXXInterface:
      return DeclKind::type;
    case CXIdxEntity_Function:
    case CXIdxEntity_CXXStaticMethod:
    case CXIdxEntity_CXXInstanceMethod:
    case CXIdxEntity_CXXConstructor:
    case CXIdxEntity_CXXDestructor:
    case CXIdxEntity_CXXConversionFunction:
      return DeclKind::function;
    case CXIdxEntity_Variable:
    case CXIdxEntity_Field:
    case CXIdxEntity_EnumConstant:
    case CXIdxEntity_CXXStaticVariable:
      return DeclKind::variable;
    default:
      return DeclKind::other;
  }
}

bool is_namespace(CXIdxEntityKind k) {
  return k == CXIdxEntity_CXXNamespace || k == CXIdxEntity_CXXNamespaceAlias;
}

// Per-TU state shared with the indexer callbacks (which libclang runs on its
// own thread).
struct Client {
  const ProjectScope* scope = nullptr;
  TuFacts* facts = nullptr;
  std::unordered_map<CXFile, FileInfo> files;
  std::unordered_map<const void*, std::string> names;  // Decl -> qualified name
  bool entered_main = false;
  CXTranslationUnit tu = nullptr;  // set for the preprocessing-record walk

  // Names the indexer could only place at a file location (a type name, an
  // implicit constructor call: no macro location survives), with the
  // referenced entity's name; and where each macro expansion starts, with its
  // #define. Together they move a name spelled in a macro body (nested ones
  // too) from the expansion site to the #define (move_macro_body_uses).
  struct Unspelled {
    std::size_t use = 0;  // index into facts->uses
    std::string name;
    bool implicit_call = false;  // a constructor, conversion or operator
  };
  std::vector<Unspelled> unspelled;
  struct Position {
    std::string file;
    unsigned line = 0, column = 0;
    auto operator<=>(const Position&) const = default;
  };
  // Every macro expanded at a file position (the outermost first, then the
  // nested ones, which report the same position), with its #define.
  std::map<Position, std::vector<std::pair<const FileInfo*, Position>>>
      expansions;
  std::unordered_map<std::string, std::string> texts;  // file -> contents

  void move_macro_body_uses();
  const std::string& text_of(const std::string& file);
  bool spells(const std::string& file, unsigned line, unsigned column,
              const std::string& name);
  bool built_from_argument(const std::string& file, unsigned line,
                           unsigned column, const std::string& name);
  std::string_view define_body(const Position& define);
  bool defines_with(const Position& define, const std::string& name);
  using Define = std::pair<const FileInfo*, Position>;
  const Define* innermost_spelling(const Define& macro, const std::string& name,
                                   int depth);
  std::unordered_map<std::string, Define> definitions;  // macro name -> #define

  const FileInfo& file_info(CXFile f) {
    auto [it, inserted] = files.try_emplace(f);
    if (inserted) {
      std::string real = take(clang_File_tryGetRealPathName(f));
      if (real.empty()) real = take(clang_getFileName(f));
      it->second.path = fs::path(real).lexically_normal().string();
      it->second.in_project = scope->contains(it->second.path);
      if (it->second.in_project) facts->files.push_back(it->second.path);
      facts->dependencies.push_back(it->second.path);
    }
    return it->second;
  }

  std::string qualified_name(CXCursor c);
  std::string unnamed_name(const std::string& spelled, CXCursor c);
  void add_error(const std::string& text) {
    ++facts->error_count;
    if (facts->first_errors.size() < 3) facts->first_errors.push_back(text);
  }
};

std::string Client::unnamed_name(const std::string& spelled, CXCursor c) {
  // clang spells an unnamed enum, struct or union "(unnamed enum at
  // /abs/path/x.h:254:5)": the checkout's path would leak into evidence and
  // baseline keys. Keep the kind and the position, relative to the project.
  const auto at = spelled.find(" at ");
  if (at == std::string::npos) return spelled;
  CXFile f = nullptr;
  unsigned line = 0, col = 0, off = 0;
  clang_getFileLocation(clang_getCursorLocation(c), &f, &line, &col, &off);
  if (!f) return spelled.substr(0, at) + ")";
  const FileInfo& info = file_info(f);
  const std::string where = info.in_project
                                ? info.path.substr(scope->root.size() + 1)
                                : fs::path(info.path).filename().string();
  return fmt::format("{} at {}:{}:{})", spelled.substr(0, at), where, line,
                     col);
}

std::string Client::qualified_name(CXCursor c) {
  // A declaration cursor's first data pointer is its Decl, unique within the
  // TU: a cheap cache key that spares computing a USR per reference.
  const void* key =
      clang_isDeclaration(clang_getCursorKind(c)) ? c.data[0] : nullptr;
  if (key) {
    if (auto it = names.find(key); it != names.end()) return it->second;
  }
  std::vector<std::string> parts;
  for (CXCursor cur = c; !clang_Cursor_isNull(cur) && parts.size() < 32;
       cur = clang_getCursorSemanticParent(cur)) {
    CXCursorKind k = clang_getCursorKind(cur);
    if (k == CXCursor_TranslationUnit || clang_isInvalid(k)) break;
    if (k == CXCursor_LinkageSpec || k == CXCursor_UnexposedDecl) continue;
    std::string s = take(clang_getCursorSpelling(cur));
    if (s.empty())
      s = k == CXCursor_Namespace ? "(anonymous namespace)" : "(anonymous)";
    else if (s.front() == '(')
      s = unnamed_name(s, cur);
    parts.push_back(std::move(s));
  }
  std::string out;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    if (!out.empty()) out += "::";
    out += *it;
  }
  if (key) names.emplace(key, out);
  return out;
}

// A libclang cursor for a declaration the C++ API found (CXCursor's layout
// for declarations, as libclang's MakeCXCursor builds it: the Decl, whether
// it is first in its group, the TU), so names and USRs are computed exactly as
// for the indexer's references.
CXCursor cursor_for(const clang::Decl* d, CXTranslationUnit tu) {
  return {clang::getCursorKindForDecl(d),
          0,
          {d, reinterpret_cast<const void*>(std::intptr_t{1}), tu}};
}

// A C++ API source location as libclang's: {SourceManager, LangOptions} and
// the raw location.
CXSourceLocation cx_location(const clang::ASTContext& ast,
                             clang::SourceLocation loc) {
  return {{&ast.getSourceManager(), &ast.getLangOpts()}, loc.getRawEncoding()};
}

struct FilePos {
  const FileInfo* file = nullptr;
  unsigned line = 0, column = 0;
  bool spelled = false;  // from the token's spelling location (written_pos)
};

FilePos file_pos(Client& cl, CXIdxLoc loc) {
  CXFile f = nullptr;
  unsigned line = 0, col = 0, off = 0;
  clang_indexLoc_getFileLocation(loc, nullptr, &f, &line, &col, &off);
  if (!f) return {};
  return {&cl.file_info(f), line, col};
}

FilePos file_pos(Client& cl, CXSourceLocation loc) {
  CXFile f = nullptr;
  unsigned line = 0, col = 0, off = 0;
  clang_getFileLocation(loc, &f, &line, &col, &off);
  if (!f) return {};
  return {&cl.file_info(f), line, col};
}

// Where a referencing token is *written*: a name spelled inside a macro's
// definition is written in the file of the #define, a name in a macro argument
// at the expansion site (its spelling location), so `#define B_LOG(m)
// ::c::log(m)` in b's header makes b use c, not every expander of B_LOG. A
// token pasted together (##) has no file of its own: then where it was
// expanded. The indexer reports a reference at its file location, and
// libclang's clang_getSpellingLocation returns the file location too (a FIXME
// in its CXSourceLocation.cpp); so the spelling comes from the referencing
// cursor's own location and the SourceManager it carries (CXSourceLocation's
// layout in libclang: ptr_data[0] the SourceManager, int_data the raw
// SourceLocation).
FilePos written_pos(Client& cl, CXIdxLoc loc, CXCursor cursor) {
  CXSourceLocation source = clang_getCursorLocation(cursor);
  const auto* sm = static_cast<const clang::SourceManager*>(source.ptr_data[0]);
  const clang::SourceLocation raw =
      clang::SourceLocation::getFromRawEncoding(source.int_data);
  if (!sm || raw.isInvalid() || !raw.isMacroID()) return file_pos(cl, loc);
  CXSourceLocation spelled = source;
  spelled.int_data = sm->getSpellingLoc(raw).getRawEncoding();
  CXFile f = nullptr;
  unsigned line = 0, col = 0, off = 0;
  clang_getFileLocation(spelled, &f, &line, &col, &off);
  if (!f) return file_pos(cl, loc);
  return {&cl.file_info(f), line, col, true};
}

// The enclosing function or class of a use, for evidence ("in
// orders::Checkout::run").
std::string context_name(Client& cl, const CXIdxContainerInfo* container) {
  if (!container) return {};
  CXCursorKind k = clang_getCursorKind(container->cursor);
  if (k == CXCursor_TranslationUnit || k == CXCursor_Namespace) return {};
  return cl.qualified_name(container->cursor);
}

void on_diagnostic(CXClientData data, CXDiagnosticSet set, void*) {
  auto& cl = *static_cast<Client*>(data);
  for (unsigned i = 0, n = clang_getNumDiagnosticsInSet(set); i < n; ++i) {
    CXDiagnostic d = clang_getDiagnosticInSet(set, i);
    if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
      cl.add_error(take(clang_formatDiagnostic(
          d, CXDiagnostic_DisplaySourceLocation | CXDiagnostic_DisplayColumn)));
    }
    clang_disposeDiagnostic(d);
  }
}

CXIdxClientFile on_entered_main(CXClientData data, CXFile main, void*) {
  auto& cl = *static_cast<Client*>(data);
  cl.entered_main = true;
  cl.file_info(main);
  return nullptr;
}

CXIdxClientFile on_included(CXClientData data,
                            const CXIdxIncludedFileInfo* info) {
  auto& cl = *static_cast<Client*>(data);
  if (!info->file) return nullptr;
  // Every included file is a dependency of the TU (for the cache), even a
  // system header.
  const FileInfo& to = cl.file_info(info->file);
  FilePos from = file_pos(cl, info->hashLoc);
  if (!from.file) return nullptr;
  if (std::string dir = include_dir_of(from.file->path, to.path, info->filename,
                                       info->isAngled != 0);
      !dir.empty())
    cl.facts->include_dirs.push_back(std::move(dir));
  // An include of an external header is an external use (split off later).
  if (!from.file->in_project) return nullptr;
  std::string spelled = info->isAngled ? fmt::format("<{}>", info->filename)
                                       : fmt::format("\"{}\"", info->filename);
  cl.facts->uses.push_back({from.file->path,
                            from.line,
                            from.column,
                            UseKind::include,
                            std::move(spelled),
                            {},
                            to.path,
                            {}});
  return nullptr;
}

void on_declaration(CXClientData data, const CXIdxDeclInfo* info) {
  auto& cl = *static_cast<Client*>(data);
  const CXIdxEntityInfo* e = info->entityInfo;
  if (!e || !e->USR || !*e->USR || is_namespace(e->kind)) return;
  if (clang_Location_isInSystemHeader(clang_getCursorLocation(info->cursor)))
    return;
  FilePos pos = file_pos(cl, info->loc);
  if (!pos.file || !pos.file->in_project) return;
  DeclKind kind = decl_kind(e->kind);
  cl.facts->decls.push_back(
      {e->USR, pos.file->path, kind, info->isDefinition != 0});
  if (info->isDefinition &&
      (e->kind == CXIdxEntity_CXXClass || e->kind == CXIdxEntity_Struct)) {
    cl.facts->classes.push_back(
        {e->USR, cl.qualified_name(info->cursor), pos.file->path,
         clang_CXXRecord_isAbstract(info->cursor) != 0});
  }
}

void on_reference(CXClientData data, const CXIdxEntityRefInfo* info) {
  auto& cl = *static_cast<Client*>(data);
  const CXIdxEntityInfo* e = info->referencedEntity;
  if (!e || !e->USR || !*e->USR || is_namespace(e->kind)) return;
  FilePos from = written_pos(cl, info->loc, info->cursor);
  if (!from.file || !from.file->in_project) return;
  // A dependent call lists every visible overload as a reference; none of them
  // is a use yet.
  if (clang_getCursorKind(clang_getCursorReferenced(info->cursor)) ==
      CXCursor_OverloadedDeclRef)
    return;
  CXCursor target = e->cursor;
  std::string usr = e->USR;
  // A variable template's specialization is an unexposed cursor, which names
  // skip: name (and resolve) the template, whose cursor is its VarDecl.
  if (clang_getCursorKind(target) == CXCursor_UnexposedDecl)
    if (const auto* spec =
            llvm::dyn_cast_or_null<clang::VarTemplateSpecializationDecl>(
                static_cast<const clang::Decl*>(target.data[0]))) {
      target = cursor_for(spec->getSpecializedTemplate()->getTemplatedDecl(),
                          clang_Cursor_getTranslationUnit(target));
      usr = take(clang_getCursorUSR(target));
    }
  CXCursorKind tk = clang_getCursorKind(target);
  if (is_template_param(tk) || is_function_like(clang_getCursorKind(
                                   clang_getCursorSemanticParent(target))))
    return;  // template parameters and function-local entities never cross
             // files
  // The indexer names the first declaration the TU saw, so a type that one
  // TU saw forward-declared first would name that header, and the next TU the
  // definition's: the facts of a header's body would depend on which TU
  // parsed it first. A type whose definition the TU sees
  // names its definition: the same in every TU that sees it.
  CXCursor located = target;
  if (is_type_declaration(tk))
    if (CXCursor def = clang_getCursorDefinition(target);
        !clang_Cursor_isNull(def))
      located = def;
  // A target outside the project is an external use (split off later).
  FilePos to = file_pos(cl, clang_getCursorLocation(located));
  if (!to.file) return;
  cl.facts->uses.push_back({from.file->path, from.line, from.column,
                            UseKind::symbol, cl.qualified_name(target),
                            std::move(usr), to.file->path,
                            context_name(cl, info->container)});
  if (!from.spelled) {
    const std::string name = e->name ? e->name : "";
    cl.unspelled.push_back({cl.facts->uses.size() - 1, name,
                            e->kind == CXIdxEntity_CXXConstructor ||
                                e->kind == CXIdxEntity_CXXConversionFunction ||
                                name.starts_with("operator")});
  }
}

// Uses the indexer does not report (blind_spots.h), recorded like its own:
// where the token is written, what it names, the enclosing entity.
void add_blind_spot_uses(Client& cl) {
  const CXCursor root = clang_getTranslationUnitCursor(cl.tu);
  const auto* unit = static_cast<const clang::Decl*>(root.data[0]);
  if (!unit) return;
  clang::ASTContext& ast = unit->getASTContext();
  const clang::SourceManager& sm = ast.getSourceManager();
  auto in_project = [&](const clang::SourceLocation& loc) {
    const FilePos at = file_pos(cl, cx_location(ast, loc));
    return at.file && at.file->in_project;
  };
  auto emit = [&](const BlindSpotUse& use) {
    const clang::SourceLocation loc = *use.at;
    FilePos from;
    if (loc.isMacroID()) {
      // As written_pos: the macro body's file when the name is spelled there.
      const clang::SourceLocation spelled = sm.getSpellingLoc(loc);
      if (sm.getFileEntryRefForID(sm.getFileID(spelled))) {
        from = file_pos(cl, cx_location(ast, spelled));
        from.spelled = true;
      }
    }
    if (!from.file) from = file_pos(cl, cx_location(ast, loc));
    if (!from.file || !from.file->in_project) return;
    const CXCursor target = cursor_for(use.target, cl.tu);
    if (is_template_param(clang_getCursorKind(target)) ||
        is_function_like(
            clang_getCursorKind(clang_getCursorSemanticParent(target))))
      return;
    const FilePos to = file_pos(cl, clang_getCursorLocation(target));
    if (!to.file) return;
    std::string usr = take(clang_getCursorUSR(target));
    if (usr.empty()) return;
    const std::string context =
        use.context ? cl.qualified_name(cursor_for(use.context, cl.tu)) : "";
    cl.facts->uses.push_back(
        {from.file->path, from.line, from.column,
         use.candidate ? UseKind::candidate : UseKind::symbol,
         cl.qualified_name(target), std::move(usr), to.file->path, context});
    if (!from.spelled) {
      const auto* named = llvm::dyn_cast<clang::NamedDecl>(use.target);
      const std::string name = named ? named->getNameAsString() : "";
      cl.unspelled.push_back(
          {cl.facts->uses.size() - 1, name, name.starts_with("operator")});
    }
  };
  find_blind_spot_uses(ast, in_project, emit);
}

const std::string& Client::text_of(const std::string& file) {
  auto [it, fresh] = texts.try_emplace(file);
  if (fresh) it->second = read_file(file).text;  // unreadable: no text
  return it->second;
}

// Byte offset of line `line` (1-based) in `text`, or npos.
std::size_t line_offset(const std::string& text, unsigned line) {
  std::size_t pos = 0;
  for (unsigned l = 1; l < line && pos != std::string::npos; ++l) {
    pos = text.find('\n', pos);
    if (pos != std::string::npos) ++pos;
  }
  return pos;
}

bool is_ident(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// The text of the #define at `define` (its name's position), continuation
// lines included.
std::string_view Client::define_body(const Position& define) {
  const std::string& text = text_of(define.file);
  std::size_t start = line_offset(text, define.line);
  if (start == std::string::npos || start >= text.size()) return {};
  std::size_t end = start;
  while (end < text.size()) {
    end = text.find('\n', end);
    if (end == std::string::npos) {
      end = text.size();
      break;
    }
    std::size_t last = end;
    if (last > start && text[last - 1] == '\r') --last;
    if (last > start && text[last - 1] == '\\') {
      ++end;  // a continuation line
      continue;
    }
    break;
  }
  return std::string_view(text.data() + start, end - start);
}

// Whether the #define at `define` spells the identifier `name`.
bool Client::defines_with(const Position& define, const std::string& name) {
  if (name.empty()) return false;
  const std::string_view body = define_body(define);
  for (std::size_t p = body.find(name); p != std::string_view::npos;
       p = body.find(name, p + 1)) {
    const bool starts = p == 0 || !is_ident(body[p - 1]);
    const bool ends =
        p + name.size() == body.size() || !is_ident(body[p + name.size()]);
    if (starts && ends) return true;
  }
  return false;
}

bool Client::built_from_argument(const std::string& file, unsigned line,
                                 unsigned column, const std::string& name) {
  const std::string& text = text_of(file);
  std::size_t pos = line_offset(text, line);
  if (pos == std::string::npos) return true;
  pos += column - 1;
  const std::size_t open = text.find('(', pos);
  if (open == std::string::npos || open - pos > 256) return false;
  int depth = 0;
  const std::size_t limit = std::min(text.size(), open + (1u << 16));
  for (std::size_t i = open; i < limit; ++i) {
    const char c = text[i];
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) break;
    if (!is_ident(c) || (i > open && is_ident(text[i - 1]))) continue;
    std::size_t j = i;
    while (j < limit && is_ident(text[j])) ++j;
    const std::string word = text.substr(i, j - i);
    // A one-letter argument counts only at an end of the name (FLAGS_##v).
    if (word.size() >= 2 ? name.find(word) != std::string::npos
                         : name.starts_with(word) || name.ends_with(word))
      return true;
  }
  return false;
}

bool Client::spells(const std::string& file, unsigned line, unsigned column,
                    const std::string& name) {
  const std::string& text = text_of(file);
  std::size_t pos = line_offset(text, line);
  if (pos == std::string::npos) return true;  // unknown: leave the use alone
  pos += column - 1;
  if (pos >= text.size()) return true;  // unknown: leave the use alone
  return !name.empty() && text.compare(pos, name.size(), name) == 0;
}

// The innermost macro, from `macro` down through the macros its body invokes,
// whose #define spells `name`; null when none does.
const Client::Define* Client::innermost_spelling(const Define& macro,
                                                 const std::string& name,
                                                 int depth) {
  if (depth > 8) return nullptr;  // deep enough for real macro stacks
  const std::string_view body = define_body(macro.second);
  // Skip "#define NAME(params)" itself: only the replacement list invokes.
  std::size_t i = body.find("define");
  i = i == std::string_view::npos ? body.size() : i + 6;
  while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;
  while (i < body.size() && is_ident(body[i])) ++i;  // the macro's name
  if (i < body.size() && body[i] == '(') {
    i = body.find(')', i);
    i = i == std::string_view::npos ? body.size() : i + 1;
  }
  for (; i != std::string_view::npos && i < body.size();) {
    if (!is_ident(body[i]) ||
        (i > 0 && is_ident(body[i - 1]))) {  // not the start of a word
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < body.size() && is_ident(body[j])) ++j;
    auto it = definitions.find(std::string(body.substr(i, j - i)));
    if (it != definitions.end() && it->second.second != macro.second)
      if (const Define* inner = innermost_spelling(it->second, name, depth + 1))
        return inner;
    i = j;
  }
  return defines_with(macro.second, name) ? &macro : nullptr;
}

void Client::move_macro_body_uses() {
  std::vector<bool> drop(facts->uses.size(), false);
  bool any = false;
  for (const Unspelled& u : unspelled) {
    RawUse& use = facts->uses[u.use];
    auto it = expansions.find({use.file.str(), use.line, use.column});
    if (it == expansions.end()) continue;  // not at a macro expansion
    // A name declared in the using file itself — such as one the same
    // expansion generates (ABSL_FLAG's struct) — crosses no boundary: it stays.
    if (use.target_file == use.file) continue;
    // The name is written right here (a macro argument, or the macro's own
    // name is the entity's): the use stays.
    if (spells(use.file.str(), use.line, use.column, u.name)) continue;
    // The innermost macro whose #define spells the name; none (a name pasted
    // together from an argument, an implicit conversion of an argument): the
    // use stays at the expansion.
    const Define* found = nullptr;
    for (const auto& expansion : it->second)
      if (!found) found = innermost_spelling(expansion, u.name, 0);
    // No #define spells it (a macro name pasted together, `X_##level`): the
    // outermost macro's, unless the name is built from an argument (a
    // generated `FLAGS_##name`) or is an implicit call on an argument.
    if (!found && !u.implicit_call &&
        !built_from_argument(use.file.str(), use.line, use.column, u.name))
      found = &it->second.front();
    if (!found) continue;
    const auto& [def_file, def] = *found;
    if (!def_file->in_project) {
      drop[u.use] = any = true;  // spelled in a system macro: not ours
      continue;
    }
    use.file = def_file->path;
    use.line = def.line;
    use.column = def.column;
  }
  if (!any) return;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < facts->uses.size(); ++i)
    if (!drop[i]) facts->uses[kept++] = std::move(facts->uses[i]);
  facts->uses.resize(kept);
}

// Whether the byte at `offset` of `text` is inside a conditional directive
// (#if, #ifdef, #ifndef, #elif, #elifdef, #elifndef; `defined X` included):
// there a macro is tested, not expanded into code.
bool in_conditional_directive(std::string_view text, std::size_t offset) {
  std::size_t start = std::min(offset, text.size());
  // Back to the start of the logical line (over backslash continuations).
  while (start > 0) {
    const std::size_t nl = text.rfind('\n', start - 1);
    if (nl == std::string_view::npos) {
      start = 0;
      break;
    }
    std::size_t end = nl;
    if (end > 0 && text[end - 1] == '\r') --end;
    if (end > 0 && text[end - 1] == '\\') {
      start = nl;  // the previous line continues into this one
      if (start == 0) break;
      continue;
    }
    start = nl + 1;
    break;
  }
  std::size_t i = start;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= text.size() || text[i] != '#') return false;
  ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  const std::string_view word = text.substr(i, 8);
  return word.starts_with("if") || word.starts_with("elif");
}

// Macro expansions come from the preprocessing record of the same parse: the C
// indexer API reports no macro references.
CXChildVisitResult visit_top_level(CXCursor c, CXCursor, CXClientData data) {
  auto& cl = *static_cast<Client*>(data);
  if (clang_getCursorKind(c) == CXCursor_MacroDefinition) {
    FilePos at = file_pos(cl, clang_getCursorLocation(c));
    if (at.file)
      cl.definitions[take(clang_getCursorSpelling(c))] = {
          at.file, Client::Position{at.file->path, at.line, at.column}};
    return CXChildVisit_Continue;
  }
  if (clang_getCursorKind(c) != CXCursor_MacroExpansion)
    return CXChildVisit_Continue;
  FilePos from = file_pos(cl, clang_getCursorLocation(c));
  if (!from.file || !from.file->in_project) return CXChildVisit_Continue;
  CXCursor def = clang_getCursorReferenced(c);
  if (clang_Cursor_isNull(def)) return CXChildVisit_Continue;
  FilePos to = file_pos(cl, clang_getCursorLocation(def));
  if (!to.file) return CXChildVisit_Continue;
  // Nested expansions report the outer one's file location: all are kept, in
  // the order the preprocessor expanded them.
  cl.expansions[Client::Position{from.file->path, from.line, from.column}]
      .emplace_back(to.file,
                    Client::Position{to.file->path, to.line, to.column});
  // A macro tested by #if/#ifdef/#ifndef/#elif is marked so: the link step
  // keeps it only when the tester reaches the #define itself (link.h).
  CXFile file = nullptr;
  unsigned offset = 0;
  clang_getFileLocation(clang_getCursorLocation(c), &file, nullptr, nullptr,
                        &offset);
  std::size_t size = 0;
  const char* text = file ? clang_getFileContents(cl.tu, file, &size) : nullptr;
  const bool tested =
      text && in_conditional_directive(std::string_view(text, size), offset);
  cl.facts->uses.push_back({from.file->path,
                            from.line,
                            from.column,
                            UseKind::macro,
                            take(clang_getCursorSpelling(c)),
                            {},
                            to.file->path,
                            tested ? Atom(kMacroTestContext) : Atom()});
  return CXChildVisit_Continue;
}

std::mutex& index_mutex() {
  static std::mutex m;
  return m;
}

}  // namespace

// One indexing session per set of compile flags. A session skips the bodies of
// header functions it has already parsed; a body parsed under other flags
// (another configuration's -D set) may read differently, so TUs with different
// flags must not share a session.
struct TuIndexer::State {
  ProjectScope scope;
  CXIndex index = nullptr;
  std::vector<std::pair<std::uint64_t, CXIndexAction>>
      sessions;  // most recent last

  CXIndexAction session_for(const std::vector<std::string>& args) {
    std::uint64_t key = kFnvOffset;
    for (std::size_t i = 0; i + 1 < args.size(); ++i)  // all but the main file
      key = fnv1a64(args[i], fnv1a64("\n", key));
    for (auto it = sessions.begin(); it != sessions.end(); ++it) {
      if (it->first != key) continue;
      std::rotate(it, it + 1, sessions.end());
      return sessions.back().second;
    }
    constexpr std::size_t kMaxSessions =
        8;  // each keeps what it parsed; bound the memory
    if (sessions.size() == kMaxSessions) {
      clang_IndexAction_dispose(sessions.front().second);
      sessions.erase(sessions.begin());
    }
    sessions.emplace_back(key, clang_IndexAction_create(index));
    return sessions.back().second;
  }
};

TuIndexer::TuIndexer(ProjectScope scope) : state_(std::make_unique<State>()) {
  state_->scope = std::move(scope);
  // Creating an index touches process-wide LLVM state; serialize it as a
  // precaution.
  std::lock_guard lock(index_mutex());
  state_->index = clang_createIndex(/*excludeDeclarationsFromPCH=*/0,
                                    /*displayDiagnostics=*/0);
}

TuIndexer::~TuIndexer() {
  std::lock_guard lock(index_mutex());
  for (auto& [key, action] : state_->sessions)
    clang_IndexAction_dispose(action);
  clang_disposeIndex(state_->index);
}

TuFacts TuIndexer::index(const CompileCommand& cmd) {
  TuFacts facts;
  facts.main_file = cmd.file;
  Client cl;
  cl.scope = &state_->scope;
  cl.facts = &facts;
  ClangArgs args = clang_arguments(cmd);
  // argv[0] is the compiler name; the driver needs one but we never run it.
  std::vector<const char*> argv{"clang"};
  for (const auto& a : args.args) argv.push_back(a.c_str());

  IndexerCallbacks callbacks{};
  callbacks.diagnostic = on_diagnostic;
  callbacks.enteredMainFile = on_entered_main;
  callbacks.ppIncludedFile = on_included;
  callbacks.indexDeclaration = on_declaration;
  callbacks.indexEntityReference = on_reference;

  CXTranslationUnit tu = nullptr;
  const unsigned index_opts =
      CXIndexOpt_SkipParsedBodiesInSession | CXIndexOpt_SuppressWarnings;
  const unsigned tu_opts = CXTranslationUnit_DetailedPreprocessingRecord |
                           CXTranslationUnit_KeepGoing |
                           CXTranslationUnit_Incomplete;
  int rc = clang_indexSourceFileFullArgv(
      state_->session_for(args.args), &cl, &callbacks, sizeof(callbacks),
      index_opts, nullptr, argv.data(), static_cast<int>(argv.size()), nullptr,
      0, &tu, tu_opts);
  if (tu) {
    cl.tu = tu;
    clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_top_level,
                        &cl);
    add_blind_spot_uses(cl);
    cl.move_macro_body_uses();
    split_external_uses(facts, [&](const std::string& path) {
      return state_->scope.contains(path);
    });
    unique_include_dirs(facts);
    clang_disposeTranslationUnit(tu);
  }
  if (rc != 0 || !cl.entered_main) {
    // libclang gives an empty TU for command lines its driver rejects
    // (docs/libclang-notes.md §2).
    facts.failed = true;
    if (facts.first_errors.empty())
      cl.add_error(
          fmt::format("{}: libclang could not parse this command (error {})",
                      cmd.file, rc));
  } else if (facts.error_count > 0) {
    facts.failed = true;
  }
  return facts;
}

std::string libclang_version() { return take(clang_getClangVersion()); }

ProjectFacts index_all(const std::vector<CompileCommand>& commands,
                       const FrontendOptions& opts,
                       std::vector<TuFailure>& failures) {
  FactsMerger merger;
  std::mutex mutex;
  std::atomic<std::size_t> next{0};
  std::size_t done = 0;
  auto worker = [&] {
    TuParser parser(opts);
    for (std::size_t i = next++; i < commands.size(); i = next++) {
      TuFacts facts = parser.parse(commands[i]);
      std::lock_guard lock(mutex);
      if (opts.observe) opts.observe(commands[i], facts);
      if (facts.failed)
        failures.push_back(
            {facts.main_file, facts.first_errors, facts.error_count});
      merger.add(std::move(facts));
      ++done;
      if (opts.progress) opts.progress(done, commands.size(), commands[i].file);
    }
  };
  const int jobs =
      std::max(1, std::min<int>(opts.jobs, static_cast<int>(commands.size())));
  std::vector<std::thread> threads;
  for (int j = 1; j < jobs; ++j) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  std::sort(
      failures.begin(), failures.end(),
      [](const TuFailure& a, const TuFailure& b) { return a.file < b.file; });
  return std::move(merger).finish();
}

}  // namespace seams

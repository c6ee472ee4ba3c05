// Implements the walk for references the indexer misses (see blind_spots.h).
// Each visitor below names the construct and why libclang's indexer (clang 19's
// IndexingContext) does not report it; the indexer stays the source of every
// other use, so nothing here may duplicate what it reports.
#include "analyzer/blind_spots.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Attr.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>

#include <algorithm>
#include <vector>

namespace seams {
namespace {

using namespace clang;

class Walker : public RecursiveASTVisitor<Walker> {
  using Base = RecursiveASTVisitor<Walker>;

 public:
  Walker(ASTContext& ast, const std::function<void(const BlindSpotUse&)>& emit)
      : sm_(ast.getSourceManager()), emit_(emit) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  bool TraverseDecl(Decl* d) {
    const bool context = d && (isa<FunctionDecl>(d) || isa<RecordDecl>(d));
    if (context) contexts_.push_back(d);
    const bool ok = Base::TraverseDecl(d);
    if (context) contexts_.pop_back();
    return ok;
  }

  // A definition or redeclaration of a function declared in another file
  // (`int b::answer() { ... }`, an out-of-line member): the indexer reports a
  // declaration, never a reference. An explicit specialization of another
  // file's function template likewise.
  bool VisitFunctionDecl(FunctionDecl* d) {
    if (FunctionTemplateDecl* primary = d->getPrimaryTemplate()) {
      if (d->getTemplateSpecializationKind() == TSK_ExplicitSpecialization)
        emit(d->getLocation(), primary);
      return true;
    }
    const Decl* first = d->getCanonicalDecl();
    if (first == d || same_file(first, d)) return true;
    const auto* f = cast<FunctionDecl>(first);
    if (const FunctionTemplateDecl* t = f->getDescribedFunctionTemplate())
      first = t;
    emit(d->getLocation(), first);
    return true;
  }

  // The same for variables and static data members; a variable template's
  // explicit or partial specialization names its template. And a cleanup
  // attribute's function, which no index callback reports.
  bool VisitVarDecl(VarDecl* d) {
    if (const auto* cleanup = d->getAttr<CleanupAttr>())
      if (const FunctionDecl* f = cleanup->getFunctionDecl())
        emit(attribute_argument(cleanup->getLocation()), f);
    if (isa<ParmVarDecl>(d) || d->isLocalVarDecl()) return true;
    if (const auto* spec = dyn_cast<VarTemplateSpecializationDecl>(d)) {
      if (spec->getSpecializationKind() != TSK_ImplicitInstantiation)
        emit(d->getLocation(),
             spec->getSpecializedTemplate()->getTemplatedDecl());
      return true;
    }
    // (A variable template is named by its VarDecl, as the indexer does.)
    const Decl* first = d->getCanonicalDecl();
    if (first == d || same_file(first, d)) return true;
    emit(d->getLocation(), first);
    return true;
  }

  // `template <> struct b::Traits<int> {}`, a partial specialization, and
  // `template struct b::Box<int>;`: uses of the template.
  bool VisitClassTemplateSpecializationDecl(
      ClassTemplateSpecializationDecl* d) {
    if (d->getSpecializationKind() == TSK_ImplicitInstantiation ||
        d->getSpecializationKind() == TSK_Undeclared)
      return true;
    emit(d->getLocation(), d->getSpecializedTemplate());
    return true;
  }

  // `S t;` where a using-declaration (`using ns::S;`) brought S in: the type
  // is a UsingType, which the indexer does not resolve to the class.
  bool VisitUsingTypeLoc(UsingTypeLoc tl) {
    if (const UsingShadowDecl* shadow = tl.getFoundDecl())
      emit(tl.getNameLoc(), shadow->getTargetDecl());
    return true;
  }

  // `X<b::Box>` for a template template parameter X.
  bool TraverseTemplateArgumentLoc(const TemplateArgumentLoc& arg) {
    const TemplateArgument& a = arg.getArgument();
    if (a.getKind() == TemplateArgument::Template)
      if (const TemplateDecl* t = a.getAsTemplate().getAsTemplateDecl())
        if (!isa<TemplateTemplateParmDecl>(t))
          emit(arg.getTemplateNameLoc(), t);
    return Base::TraverseTemplateArgumentLoc(arg);
  }

  // Placement new and class-specific operator new/delete are implicit calls
  // at the `new`/`delete` keyword; the indexer reports only the constructor.
  bool VisitCXXNewExpr(CXXNewExpr* e) {
    if (const FunctionDecl* op = e->getOperatorNew(); op && !op->isImplicit())
      emit(e->getBeginLoc(), op);
    return true;
  }
  bool VisitCXXDeleteExpr(CXXDeleteExpr* e) {
    if (const FunctionDecl* op = e->getOperatorDelete();
        op && !op->isImplicit())
      emit(e->getBeginLoc(), op);
    return true;
  }

  // `this->member` where member comes from a dependent base (`struct D :
  // b::Base<T>`): unresolved until instantiation. Looked up in the primary
  // templates of the bases, as clangd's heuristic resolver does.
  bool VisitCXXDependentScopeMemberExpr(CXXDependentScopeMemberExpr* e) {
    QualType base = e->getBaseType();
    if (e->isArrow() && !base.isNull()) base = base->getPointeeType();
    if (const NamedDecl* m = lookup(record_of(base), e->getMember(), 0))
      emit(e->getMemberLoc(), m);
    return true;
  }

  // `b::Base<T>::member`: the same lookup, from the qualifier.
  bool VisitDependentScopeDeclRefExpr(DependentScopeDeclRefExpr* e) {
    if (const NestedNameSpecifier* q = e->getQualifier())
      if (const Type* t = q->getAsType())
        if (const NamedDecl* m =
                lookup(record_of(QualType(t, 0)), e->getDeclName(), 0))
          emit(e->getLocation(), m);
    return true;
  }

  // A dependent call (`b::over(t)` in a template) lists its candidates; the
  // indexer reports each as an overloaded-decl reference, which is no use
  // yet. Each is a candidate: the link step makes the set one use when the
  // candidates the using file reaches all share a module. Only a named call
  // whose candidates are final: an operator in a template (`!x`, `a + b`) lists
  // the operator overloads visible there, but the built-in one usually applies
  // (abseil: 900 false uses of int128's operators); an unqualified call that
  // needs argument-dependent lookup (`swap(a, b)`, a customization point) gets
  // its real candidates only at instantiation.
  bool VisitOverloadExpr(OverloadExpr* e) {
    if (e->getName().getNameKind() != DeclarationName::Identifier) return true;
    if (const auto* lookup = dyn_cast<UnresolvedLookupExpr>(e);
        lookup && lookup->requiresADL())
      return true;
    for (const NamedDecl* d : e->decls()) {
      d = d->getUnderlyingDecl();
      if (isa<TemplateTemplateParmDecl>(d)) return true;
    }
    for (const NamedDecl* d : e->decls())
      emit(e->getNameLoc(), d->getUnderlyingDecl(), /*candidate=*/true);
    return true;
  }

 private:
  void emit(SourceLocation at, const Decl* target, bool candidate = false) {
    if (!target || at.isInvalid()) return;
    emit_({&at, target, contexts_.empty() ? nullptr : contexts_.back(),
           candidate});
  }

  bool same_file(const Decl* a, const Decl* b) const {
    return sm_.getFileID(sm_.getFileLoc(a->getLocation())) ==
           sm_.getFileID(sm_.getFileLoc(b->getLocation()));
  }

  // The argument of `cleanup(f)`: the first identifier after the '('; the
  // attribute itself records only where its name is.
  SourceLocation attribute_argument(SourceLocation name) const {
    if (name.isInvalid() || name.isMacroID()) return name;
    bool invalid = false;
    const char* text = sm_.getCharacterData(name, &invalid);
    if (invalid || !text) return name;
    unsigned i = 0;
    while (i < 256 && text[i] && text[i] != '(') ++i;
    if (text[i] != '(') return name;
    ++i;
    while (i < 256 && (text[i] == ' ' || text[i] == '\t')) ++i;
    return name.getLocWithOffset(static_cast<int>(i));
  }

  static const CXXRecordDecl* record_of(QualType t) {
    if (t.isNull()) return nullptr;
    t = t.getNonReferenceType();
    if (const auto* spec = t->getAs<TemplateSpecializationType>())
      if (const auto* tmpl = dyn_cast_or_null<ClassTemplateDecl>(
              spec->getTemplateName().getAsTemplateDecl()))
        return tmpl->getTemplatedDecl();
    return t->getAsCXXRecordDecl();
  }

  // `name` in `record` or, breadth of the hierarchy permitting, its bases.
  static const NamedDecl* lookup(const CXXRecordDecl* record,
                                 DeclarationName name, int depth) {
    if (!record || depth > 8) return nullptr;
    record = record->getDefinition();
    if (!record) return nullptr;
    auto found = record->lookup(name);
    if (!found.empty()) return found.front();
    for (const CXXBaseSpecifier& base : record->bases())
      if (const NamedDecl* m =
              lookup(record_of(base.getType()), name, depth + 1))
        return m;
    return nullptr;
  }

  const SourceManager& sm_;
  const std::function<void(const BlindSpotUse&)>& emit_;
  std::vector<const Decl*> contexts_;
};

}  // namespace

void find_blind_spot_uses(
    ASTContext& ast,
    const std::function<bool(const SourceLocation&)>& in_project,
    const std::function<void(const BlindSpotUse&)>& emit) {
  Walker walker(ast, emit);
  for (Decl* d : ast.getTranslationUnitDecl()->decls())
    if (in_project(d->getLocation())) walker.TraverseDecl(d);
}

}  // namespace seams

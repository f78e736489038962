//===--- AssembledText.cpp - blastradius ----------------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "AssembledText.h"
#include "utils/CheckUtils.h"

#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/TargetInfo.h"

namespace clang::tidy::blastradius {

namespace {

/// Following variables to their initialisers and nested concatenations stops
/// here: deeper than any real command builder, and it bounds the work.
constexpr unsigned MaxDepth = 8;

/// A placeholder name for a computed part: the C++ variable's name when it is
/// a plain identifier the target language also accepts, else a generic one.
std::string placeholderName(const Expr *E) {
  if (const ValueDecl *V = utils::referencedVariable(E))
    if (V->getDeclName().isIdentifier()) {
      llvm::StringRef Name = V->getName();
      bool Usable = !Name.empty() && !isdigit(static_cast<unsigned char>(Name[0]));
      for (char C : Name)
        Usable = Usable && (isalnum(static_cast<unsigned char>(C)) || C == '_');
      if (Usable)
        return Name.str();
    }
  return "CXX_VALUE";
}

bool isStdStringAccessor(const CXXMemberCallExpr *Call) {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method || !Method->getDeclName().isIdentifier() ||
      Call->getNumArgs() != 0 || !utils::isInStdOrNested(Method))
    return false;
  llvm::StringRef Name = Method->getName();
  return Name == "c_str" || Name == "data" || Name == "str" ||
         Name == "string" || Name == "native";
}

} // namespace

std::optional<AssembledText> AssembledText::of(const Expr *E,
                                               PlaceholderStyle Style,
                                               const ASTContext &Ctx) {
  AssembledText Result;
  if (!Result.append(E, Style, Ctx, 0) || !Result.HasLiteral)
    return std::nullopt;
  return Result;
}

void AssembledText::appendLiteral(const StringLiteral *Literal) {
  Piece P;
  P.Begin = Text.size();
  P.Literal = Literal;
  llvm::StringRef Bytes = Literal->getString();
  P.Length = Bytes.size();
  Text += Bytes.str();
  Pieces.push_back(P);
  HasLiteral = true;
}

void AssembledText::appendComputed(const Expr *E, PlaceholderStyle Style) {
  std::string Name = placeholderName(E);
  std::string Written = Style == PlaceholderStyle::Shell ? "${" + Name + "}" : Name;
  Piece P;
  P.Begin = Text.size();
  P.Length = Written.size();
  P.Computed = E;
  Text += Written;
  Pieces.push_back(P);
}

bool AssembledText::append(const Expr *E, PlaceholderStyle Style,
                           const ASTContext &Ctx, unsigned Depth) {
  if (!E)
    return false;
  E = utils::stripValuePreserving(E);
  if (Depth > MaxDepth) {
    appendComputed(E, Style);
    return true;
  }
  if (const auto *Literal = dyn_cast<StringLiteral>(E)) {
    // Wide and UTF-16/32 literals are not what a shell or SQL API takes.
    if (Literal->getCharByteWidth() != 1)
      return false;
    appendLiteral(Literal);
    return true;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    // `std::string("...")`, a copy or move of a string: its first argument.
    if (Construct->getNumArgs() >= 1 &&
        !isa<CXXDefaultArgExpr>(Construct->getArg(0)))
      return append(Construct->getArg(0), Style, Ctx, Depth + 1);
    if (Construct->getNumArgs() == 0)
      return true; // an empty string
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if (Op->getOperator() == OO_Plus && Op->getNumArgs() == 2) {
      return append(Op->getArg(0), Style, Ctx, Depth + 1) &&
             append(Op->getArg(1), Style, Ctx, Depth + 1);
    }
  }
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E))
    if (isStdStringAccessor(Call))
      return append(Call->getImplicitObjectArgument(), Style, Ctx, Depth + 1);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      // A local or constant string set once: `std::string Cmd = "..." + X;`.
      // Later `+=` appends are not followed (a documented limit).
      if (!isa<ParmVarDecl>(Var) && Var->hasInit() &&
          (Var->hasLocalStorage() || Var->getType().isConstQualified() ||
           Var->isConstexpr()) &&
          !Var->getType()->isReferenceType()) {
        size_t Mark = Text.size(), PieceMark = Pieces.size();
        bool HadLiteral = HasLiteral;
        if (append(Var->getInit(), Style, Ctx, Depth + 1))
          return true;
        Text.resize(Mark);
        Pieces.resize(PieceMark);
        HasLiteral = HadLiteral;
      }
  appendComputed(E, Style);
  return true;
}

const AssembledText::Piece *AssembledText::pieceAt(size_t Offset) const {
  for (const Piece &P : Pieces)
    if (Offset >= P.Begin && Offset < P.Begin + P.Length)
      return &P;
  return Pieces.empty() ? nullptr : &Pieces.back();
}

bool AssembledText::withinOnePiece(size_t Begin, size_t End) const {
  if (End <= Begin)
    return true;
  return pieceAt(Begin) == pieceAt(End - 1);
}

SourceLocation AssembledText::locationOf(size_t Offset,
                                         const ASTContext &Ctx) const {
  const Piece *P = pieceAt(Offset);
  if (!P)
    return SourceLocation();
  if (P->Computed)
    return P->Computed->getBeginLoc();
  size_t InLiteral = Offset >= P->Begin ? Offset - P->Begin : 0;
  // getLocationOfByte needs a byte inside the literal; one past its end
  // (the end of a finding) is reported at its last byte.
  if (InLiteral >= P->Length)
    InLiteral = P->Length > 0 ? P->Length - 1 : 0;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = P->Literal->getLocationOfByte(
      static_cast<unsigned>(InLiteral), SM, Ctx.getLangOpts(),
      Ctx.getTargetInfo());
  return Loc.isValid() ? Loc : P->Literal->getBeginLoc();
}

} // namespace clang::tidy::blastradius

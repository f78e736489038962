//===--- DeleteThenRecreateCheck.cpp - blastradius ------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "DeleteThenRecreateCheck.h"
#include "utils/CheckUtils.h"
#include "utils/FunctionIndex.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/Stmt.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::blastradius {

namespace {

using utils::isInStdOrNested;
using utils::neverFallsThrough;
using utils::stripValuePreserving;

// ------------------------------------------------------------ the messages

/// What a recreated resource has lost, and what to do instead, per kind.
struct ResourceKind {
  /// Singular noun, as in "table 'users'".
  llvm::StringRef Noun;
  /// What the recreated resource is like, after "the recreated <Noun>".
  llvm::StringRef Loses;
  /// The safer form.
  llvm::StringRef Safer;
};

const ResourceKind DirectoryKind = {
    "directory", "starts empty, without the old files, permissions and owner",
    "build the new directory beside it and rename it into place, or delete "
    "only its contents"};

/// SQL object kinds, upper case, by the keyword that names them.
const std::pair<llvm::StringRef, ResourceKind> SqlKindTable[] = {
    {"TABLE",
     {"table", "starts empty, without the old rows, grants, indexes and triggers",
      "create the new table under another name and rename it into place, or "
      "TRUNCATE/DELETE its rows"}},
    {"DATABASE",
     {"database", "starts empty, without the old data, grants and settings",
      "create the new database under another name and switch over, or drop "
      "only the objects you mean to replace"}},
    {"SCHEMA",
     {"schema", "starts empty, without the old objects and grants",
      "create the new schema under another name and switch over, or drop "
      "only the objects you mean to replace"}},
    {"INDEX",
     {"index", "must be built again, and queries that need it are slow or "
               "fail until it is",
      "build the new index under another name (CONCURRENTLY where "
      "supported) and drop the old one afterwards"}},
    {"VIEW",
     {"view", "has lost the old grants and the views that depended on it",
      "use CREATE OR REPLACE VIEW, or create the new view under another name "
      "and switch over"}},
};

const ResourceKind S3BucketKind = {
    "bucket",
    "starts empty, without the old objects, policy and settings, and the "
    "globally unique name can be taken by someone else in between",
    "delete only the objects you mean to replace, or create a new bucket and "
    "switch over"};
const ResourceKind DynamoTableKind = {
    "table",
    "starts empty, without the old items, backups, streams and settings",
    "delete only the items you mean to replace, or create a new table and "
    "switch over"};
const ResourceKind StackKind = {
    "stack",
    "comes with new resources, without the data of the old ones",
    "update the stack (UpdateStack or a change set) instead"};

// ------------------------------------------------------- control flow order

/// Whether \p Later can run after \p Earlier in one execution of their
/// function: it comes later in the source, the two are not in the two
/// branches of one `if` or `?:`, and no statement after \p Earlier in an
/// enclosing block always leaves (`return`, `throw`, ...) before \p Later.
bool runsAfter(const Stmt *Earlier, const Stmt *Later, ASTContext &Ctx,
               const utils::FunctionIndex &Index) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (!SM.isBeforeInTranslationUnit(Earlier->getEndLoc(), Later->getBeginLoc()))
    return false;

  // The ancestors of Earlier, up to its function.
  llvm::SmallVector<DynTypedNode, 16> Chain{DynTypedNode::create(*Earlier)};
  while (Chain.size() < 1024) {
    DynTypedNodeList Parents = Ctx.getParents(Chain.back());
    if (Parents.empty() || Parents[0].get<FunctionDecl>() ||
        Parents[0].get<LambdaExpr>() || Parents[0].get<BlockDecl>())
      break;
    Chain.push_back(Parents[0]);
  }

  // The lowest common ancestor, and the children of it that hold each call.
  DynTypedNode Node = DynTypedNode::create(*Later);
  size_t LcaIndex = 0;
  bool Found = false;
  for (unsigned Depth = 0; !Found && Depth < 1024; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return false;
    for (size_t I = 1; I < Chain.size(); ++I)
      if (Chain[I].getMemoizationData() == Parents[0].getMemoizationData()) {
        LcaIndex = I;
        Found = true;
        break;
      }
    if (!Found)
      Node = Parents[0];
  }
  if (!Found)
    return false;
  const Stmt *ChildOfEarlier = Chain[LcaIndex - 1].get<Stmt>();
  const Stmt *ChildOfLater = Node.get<Stmt>();
  const DynTypedNode &Lca = Chain[LcaIndex];

  if (const auto *If = Lca.get<IfStmt>()) {
    if (ChildOfEarlier == If->getThen() && ChildOfLater == If->getElse())
      return false;
  } else if (const auto *Cond = Lca.get<ConditionalOperator>()) {
    if (ChildOfEarlier == Cond->getTrueExpr() &&
        ChildOfLater == Cond->getFalseExpr())
      return false;
  }

  // Blocks below the common ancestor: anything after Earlier that always
  // leaves means Later is not reached from Earlier (constant time per block:
  // the index counts each block's leaving statements once).
  for (size_t I = 1; I < LcaIndex; ++I)
    if (const auto *Block = Chain[I].get<CompoundStmt>())
      if (Index.leavesBetween(Block, Chain[I - 1].get<Stmt>(), nullptr))
        return false;
  // The common block itself: the statements between the two.
  if (const auto *Block = Lca.get<CompoundStmt>())
    if (Index.leavesBetween(Block, ChildOfEarlier, ChildOfLater))
      return false;
  return true;
}

/// The variables and members an expression reads.
void collectReferenced(const Stmt *S,
                       llvm::SmallPtrSetImpl<const ValueDecl *> &Decls) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    Decls.insert(DRE->getDecl());
  else if (const auto *ME = dyn_cast<MemberExpr>(S))
    Decls.insert(ME->getMemberDecl());
  for (const Stmt *Child : S->children())
    collectReferenced(Child, Decls);
}

/// Whether \p S changes one of \p Decls: an assignment (`=`, `+=`, `/=`, ...),
/// an increment, or a non-const member call on it.
bool modifiesOneOf(const Stmt *S,
                   const llvm::SmallPtrSetImpl<const ValueDecl *> &Decls) {
  auto Names = [&](const Expr *E) {
    const ValueDecl *D = utils::referencedVariable(E);
    return D && Decls.contains(D);
  };
  if (const auto *BO = dyn_cast<BinaryOperator>(S))
    return BO->isAssignmentOp() && Names(BO->getLHS());
  if (const auto *UO = dyn_cast<UnaryOperator>(S))
    return UO->isIncrementDecrementOp() && Names(UO->getSubExpr());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S))
    return Op->isAssignmentOp() && Op->getNumArgs() > 0 && Names(Op->getArg(0));
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S)) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    return Method && !Method->isConst() && !Method->isStatic() &&
           Names(Call->getImplicitObjectArgument());
  }
  return false;
}

/// Whether a variable that \p Value reads is changed between \p Earlier and
/// \p Later (in source order) in the function that \p Index indexes: the two
/// calls then name different things. \p Changers are the positions of the
/// statements that may change a variable; only those between the two calls
/// are looked at.
bool changedBetween(const Expr *Value, const Stmt *Earlier, const Stmt *Later,
                    const utils::FunctionIndex &Index,
                    const std::vector<unsigned> &Changers,
                    const SourceManager &SM) {
  llvm::SmallPtrSet<const ValueDecl *, 4> Decls;
  collectReferenced(Value, Decls);
  if (Decls.empty())
    return false;
  std::optional<unsigned> From = Index.position(Earlier);
  std::optional<unsigned> To = Index.position(Later);
  auto Begin = Changers.begin(), End = Changers.end();
  if (From && To) {
    Begin = std::upper_bound(Changers.begin(), Changers.end(), *From);
    End = std::lower_bound(Begin, Changers.end(), *To);
  }
  for (auto It = Begin; It < End; ++It) {
    const Stmt *S = Index.statements()[*It];
    if (modifiesOneOf(S, Decls) &&
        SM.isBeforeInTranslationUnit(Earlier->getEndLoc(), S->getBeginLoc()) &&
        SM.isBeforeInTranslationUnit(S->getEndLoc(), Later->getBeginLoc()))
      return true;
  }
  return false;
}

// -------------------------------------------------------------- filesystem

/// Every spelling of `std::filesystem::remove_all` (see
/// RemoveAllComputedPathCheck.cpp for the sources).
const llvm::StringRef StdRemoveAllNames[] = {
    "::std::filesystem::remove_all",
    "::std::__fs::filesystem::remove_all",
    "::std::experimental::filesystem::remove_all",
};

/// Whether \p Call is `std::filesystem::create_directories` or
/// `create_directory` (any spelling; the standard library's namespace).
bool isStdCreateDirectory(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getDeclName().isIdentifier() ||
      Call->getNumArgs() == 0)
    return false;
  llvm::StringRef Name = Callee->getName();
  return (Name == "create_directories" || Name == "create_directory") &&
         isInStdOrNested(Callee);
}

// --------------------------------------------------------------------- SQL

enum class SqlTokenKind { Word, Quoted, Semicolon, Punct, String };

struct SqlToken {
  SqlTokenKind Kind;
  /// Lower case, unquoted for quoted identifiers.
  std::string Norm;
  size_t Begin, End;
};

bool isWordChar(char C) { return llvm::isAlnum(C) || C == '_' || C == '$'; }

/// Splits SQL text into words, quoted identifiers and punctuation, skipping
/// comments (`--`, `#`, `/* */`) and string constants ('...').
std::vector<SqlToken> tokenizeSql(llvm::StringRef S) {
  std::vector<SqlToken> Tokens;
  size_t I = 0, N = S.size();
  while (I < N) {
    char C = S[I];
    if (llvm::isSpace(C)) {
      ++I;
    } else if ((C == '-' && S.substr(I).starts_with("--")) || C == '#') {
      size_t Eol = S.find('\n', I);
      I = Eol == llvm::StringRef::npos ? N : Eol + 1;
    } else if (C == '/' && S.substr(I).starts_with("/*")) {
      size_t Close = S.find("*/", I + 2);
      I = Close == llvm::StringRef::npos ? N : Close + 2;
    } else if (C == '\'') {
      size_t Begin = I++;
      while (I < N) {
        if (S[I] == '\\') {
          I += 2;
        } else if (S[I] == '\'') {
          ++I;
          if (I < N && S[I] == '\'') // '' is a quote inside the string
            ++I;
          else
            break;
        } else {
          ++I;
        }
      }
      Tokens.push_back({SqlTokenKind::String, "", Begin, std::min(I, N)});
    } else if (C == '"' || C == '`' || C == '[') {
      char Close = C == '[' ? ']' : C;
      size_t End = S.find(Close, I + 1);
      if (End == llvm::StringRef::npos)
        End = N;
      Tokens.push_back({SqlTokenKind::Quoted,
                        S.slice(I + 1, End).lower(), I, std::min(End + 1, N)});
      I = std::min(End + 1, N);
    } else if (isWordChar(C)) {
      size_t Begin = I;
      while (I < N && isWordChar(S[I]))
        ++I;
      Tokens.push_back({SqlTokenKind::Word, S.slice(Begin, I).lower(), Begin, I});
    } else {
      Tokens.push_back({C == ';' ? SqlTokenKind::Semicolon : SqlTokenKind::Punct,
                        std::string(1, C), I, I + 1});
      ++I;
    }
  }
  return Tokens;
}

/// A DROP or CREATE of a named SQL object found in a literal.
struct SqlObject {
  /// Upper case: TABLE, INDEX, ...
  std::string Kind;
  /// Lower case, unquoted, schema-qualified as written: `public.users`.
  std::string Name;
  /// Where the name ends in the literal's text.
  size_t NameEnd;
};

bool isWord(const std::vector<SqlToken> &Tokens, size_t I,
            llvm::StringRef Lower) {
  return I < Tokens.size() && Tokens[I].Kind == SqlTokenKind::Word &&
         Tokens[I].Norm == Lower;
}

/// Parses a possibly qualified object name at \p I: `t`, `s.t`, `"S"."T"`.
std::optional<std::pair<std::string, size_t>>
parseSqlName(const std::vector<SqlToken> &Tokens, size_t &I) {
  auto IsPart = [&](size_t J) {
    return J < Tokens.size() && (Tokens[J].Kind == SqlTokenKind::Word ||
                                 Tokens[J].Kind == SqlTokenKind::Quoted);
  };
  if (!IsPart(I))
    return std::nullopt;
  std::string Name = Tokens[I].Norm;
  size_t End = Tokens[I].End;
  ++I;
  while (I + 1 < Tokens.size() && Tokens[I].Kind == SqlTokenKind::Punct &&
         Tokens[I].Norm == "." && IsPart(I + 1)) {
    Name += "." + Tokens[I + 1].Norm;
    End = Tokens[I + 1].End;
    I += 2;
  }
  return std::make_pair(Name, End);
}

/// Whether the token at \p I starts a statement.
bool startsStatement(const std::vector<SqlToken> &Tokens, size_t I) {
  return I == 0 || Tokens[I - 1].Kind == SqlTokenKind::Semicolon;
}

/// The objects a `DROP [MATERIALIZED] kind [CONCURRENTLY] [IF EXISTS] name,
/// ...` at \p I drops. A temporary object (`DROP TEMPORARY TABLE`) holds
/// nothing worth keeping: none.
std::vector<SqlObject> parseDrop(const std::vector<SqlToken> &Tokens,
                                 size_t I) {
  std::vector<SqlObject> Objects;
  ++I; // DROP
  if (isWord(Tokens, I, "temporary") || isWord(Tokens, I, "temp"))
    return Objects;
  if (isWord(Tokens, I, "materialized"))
    ++I;
  if (I >= Tokens.size() || Tokens[I].Kind != SqlTokenKind::Word)
    return Objects;
  std::string Kind = llvm::StringRef(Tokens[I].Norm).upper();
  ++I;
  if (isWord(Tokens, I, "concurrently"))
    ++I;
  if (isWord(Tokens, I, "if") && isWord(Tokens, I + 1, "exists"))
    I += 2;
  while (auto Name = parseSqlName(Tokens, I)) {
    Objects.push_back({Kind, Name->first, Name->second});
    if (I >= Tokens.size() || Tokens[I].Norm != ",")
      break;
    ++I;
  }
  return Objects;
}

/// The object a `CREATE [OR REPLACE] [UNIQUE|...] kind [CONCURRENTLY]
/// [IF NOT EXISTS] name` at \p I creates; none for a temporary object or an
/// index without a name.
std::optional<SqlObject> parseCreate(const std::vector<SqlToken> &Tokens,
                                     size_t I) {
  static const llvm::StringRef Modifiers[] = {
      "unique",    "global",   "local",        "unlogged", "materialized",
      "clustered", "nonclustered", "fulltext", "spatial",  "recursive"};
  ++I; // CREATE
  if (isWord(Tokens, I, "or") && isWord(Tokens, I + 1, "replace"))
    I += 2;
  while (I < Tokens.size() && Tokens[I].Kind == SqlTokenKind::Word &&
         llvm::is_contained(Modifiers, Tokens[I].Norm))
    ++I;
  if (isWord(Tokens, I, "temporary") || isWord(Tokens, I, "temp"))
    return std::nullopt;
  if (I >= Tokens.size() || Tokens[I].Kind != SqlTokenKind::Word)
    return std::nullopt;
  std::string Kind = llvm::StringRef(Tokens[I].Norm).upper();
  ++I;
  if (isWord(Tokens, I, "concurrently"))
    ++I;
  if (isWord(Tokens, I, "if") && isWord(Tokens, I + 1, "not") &&
      isWord(Tokens, I + 2, "exists"))
    I += 3;
  if (isWord(Tokens, I, "on")) // CREATE INDEX ON t (...): no name
    return std::nullopt;
  auto Name = parseSqlName(Tokens, I);
  if (!Name)
    return std::nullopt;
  return SqlObject{Kind, Name->first, Name->second};
}

/// The DROP (or CREATE) statements of \p Tokens, from token \p From on.
std::vector<SqlObject> findSql(const std::vector<SqlToken> &Tokens,
                               llvm::StringRef Keyword, size_t From = 0) {
  std::vector<SqlObject> Objects;
  for (size_t I = From; I < Tokens.size(); ++I) {
    if (!isWord(Tokens, I, Keyword) || !startsStatement(Tokens, I))
      continue;
    if (Keyword == "drop") {
      for (SqlObject &O : parseDrop(Tokens, I))
        Objects.push_back(std::move(O));
    } else if (std::optional<SqlObject> O = parseCreate(Tokens, I)) {
      Objects.push_back(std::move(*O));
    }
  }
  return Objects;
}

/// How a string literal is used.
struct LiteralUse {
  /// It is (part of) an argument of a function call.
  bool CallArgument = false;
  /// More text follows it at run time: it is the left operand of a
  /// concatenation (`+`, `+=`, `<<`), or a string argument follows it in its
  /// call (`StrCat("DROP TABLE t", Suffix)`); a name at its very end may
  /// then be only the start of the real name.
  bool Continued = false;
};

/// Whether \p Type is a string: a pointer to or array of characters, or a
/// class with "string" in its name (`std::string`, `std::string_view`,
/// `absl::string_view`, `QString`).
bool isStringLike(QualType Type) {
  Type = Type.getNonReferenceType();
  if (Type->isPointerType() || Type->isArrayType()) {
    const clang::Type *Element = Type->getPointeeOrArrayElementType();
    return Element && Element->isAnyCharacterType();
  }
  if (const CXXRecordDecl *Record = Type->getAsCXXRecordDecl())
    return Record->getDeclName().isIdentifier() &&
           Record->getName().contains_insensitive("string");
  return false;
}

LiteralUse classifyLiteral(const StringLiteral *Literal, ASTContext &Ctx) {
  LiteralUse Use;
  DynTypedNode Node = DynTypedNode::create(*Literal);
  for (unsigned Depth = 0; Depth < 64; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return Use;
    const DynTypedNode &Parent = Parents[0];
    const Expr *Child = Node.get<Expr>();
    if (const auto *Op = Parent.get<CXXOperatorCallExpr>()) {
      OverloadedOperatorKind Kind = Op->getOperator();
      if (Kind != OO_Plus && Kind != OO_PlusEqual && Kind != OO_LessLess)
        return Use;
      if (Op->getNumArgs() == 2 && Op->getArg(0) == Child)
        Use.Continued = true;
    } else if (const auto *Call = Parent.get<CallExpr>()) {
      unsigned Index = 0;
      while (Index < Call->getNumArgs() && Call->getArg(Index) != Child)
        ++Index;
      if (Index == Call->getNumArgs())
        return Use;
      Use.CallArgument = true;
      for (++Index; Index < Call->getNumArgs(); ++Index) {
        const Expr *Next = Call->getArg(Index);
        if (!isa<StringLiteral>(stripValuePreserving(Next)) &&
            isStringLike(Next->getType()))
          Use.Continued = true;
      }
      return Use;
    } else if (const auto *Construct = Parent.get<CXXConstructExpr>()) {
      if (Construct->getNumArgs() == 0 || Construct->getArg(0) != Child)
        return Use;
    } else if (!Parent.get<ImplicitCastExpr>() && !Parent.get<ParenExpr>() &&
               !Parent.get<MaterializeTemporaryExpr>() &&
               !Parent.get<CXXBindTemporaryExpr>() &&
               !Parent.get<ExprWithCleanups>() &&
               !Parent.get<ExplicitCastExpr>()) {
      return Use;
    }
    Node = Parent;
  }
  return Use;
}

/// The objects that \p Keyword statements in \p Literal name reliably: a
/// name that ends the text of a continued literal is left out.
std::vector<SqlObject> literalObjects(const StringLiteral *Literal,
                                      const std::vector<SqlToken> &Tokens,
                                      llvm::StringRef Keyword, size_t From,
                                      ASTContext &Ctx) {
  std::vector<SqlObject> Objects = findSql(Tokens, Keyword, From);
  size_t TextEnd = Literal->getString().size();
  if (llvm::any_of(Objects,
                   [&](const SqlObject &O) { return O.NameEnd == TextEnd; }) &&
      classifyLiteral(Literal, Ctx).Continued)
    llvm::erase_if(Objects,
                   [&](const SqlObject &O) { return O.NameEnd == TextEnd; });
  return Objects;
}

// ------------------------------------------------------------------- SDKs

/// A cloud resource that a client deletes and creates by name.
struct SdkPair {
  llvm::StringRef Namespace;
  /// Whether clients in namespaces nested in Namespace count too.
  bool NestedToo;
  llvm::StringRef Delete, Create;
  /// The request's name setter and its chaining form; empty when the name is
  /// the first argument of the call itself (google-cloud-cpp).
  llvm::StringRef Setter, Builder;
  const ResourceKind *Kind;
};

/// Sources: aws-sdk-cpp aws/s3/S3Client.h, aws/s3-crt/S3CrtClient.h,
/// aws/dynamodb/DynamoDBClient.h, aws/cloudformation/CloudFormationClient.h
/// and their Model::*Request setters; google-cloud-cpp
/// google/cloud/storage/client.h (`DeleteBucket(name)`,
/// `CreateBucket(name, metadata)`).
const SdkPair SdkPairs[] = {
    {"Aws::S3", false, "DeleteBucket", "CreateBucket", "SetBucket",
     "WithBucket", &S3BucketKind},
    {"Aws::S3Crt", false, "DeleteBucket", "CreateBucket", "SetBucket",
     "WithBucket", &S3BucketKind},
    {"Aws::DynamoDB", false, "DeleteTable", "CreateTable", "SetTableName",
     "WithTableName", &DynamoTableKind},
    {"Aws::CloudFormation", false, "DeleteStack", "CreateStack",
     "SetStackName", "WithStackName", &StackKind},
    {"google::cloud::storage", true, "DeleteBucket", "CreateBucket", "", "",
     &S3BucketKind},
};

/// The pair whose \p Which ("Delete" or "Create") method \p Method is.
const SdkPair *findSdkPair(const CXXMethodDecl *Method, bool IsDelete) {
  if (!Method || !Method->getDeclName().isIdentifier())
    return nullptr;
  std::string Namespace = utils::namespacePath(Method->getParent());
  llvm::StringRef NS = Namespace;
  for (const SdkPair &Pair : SdkPairs) {
    if ((IsDelete ? Pair.Delete : Pair.Create) != Method->getName())
      continue;
    if (NS == Pair.Namespace ||
        (Pair.NestedToo && NS.starts_with(Pair.Namespace) &&
         NS.substr(Pair.Namespace.size()).starts_with("::")))
      return &Pair;
  }
  return nullptr;
}

/// The expression that names the resource of an SDK call.
const Expr *sdkResourceName(const CXXMemberCallExpr *Call,
                            const SdkPair &Pair, ASTContext &Ctx) {
  if (Call->getNumArgs() == 0)
    return nullptr;
  if (Pair.Setter.empty())
    return Call->getArg(0);
  const CXXMemberCallExpr *Set = utils::findRequestSetter(
      Call, Call->getArg(0), Pair.Setter, Pair.Builder, Ctx);
  return Set ? Set->getArg(0) : nullptr;
}

/// How a message names the value of \p E: a constant's text, else the
/// source text, shortened.
std::string sourceText(const Expr *E, const ASTContext &Ctx) {
  std::optional<llvm::StringRef> Constant = utils::constantText(E);
  llvm::StringRef Text = Constant ? *Constant : Lexer::getSourceText(
      CharSourceRange::getTokenRange(E->getSourceRange()),
      Ctx.getSourceManager(), Ctx.getLangOpts());
  if (Text.size() > 60)
    return (Text.take_front(57) + "...").str();
  return Text.str();
}

AST_MATCHER(StringLiteral, mentionsDrop) {
  return Node.getCharByteWidth() == 1 &&
         Node.getString().contains_insensitive("drop");
}

} // namespace

DeleteThenRecreateCheck::DeleteThenRecreateCheck(StringRef Name,
                                                 ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      SqlObjectKinds(
          Options.get("SqlObjectKinds", "TABLE;DATABASE;SCHEMA;INDEX;VIEW")) {
  for (const std::string &Kind : utils::parseListOption(SqlObjectKinds))
    SqlKinds.push_back(llvm::StringRef(Kind).upper());
}

void DeleteThenRecreateCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "SqlObjectKinds", SqlObjectKinds);
}

struct DeleteThenRecreateCheck::BodyInfo {
  explicit BodyInfo(const Stmt *Body) : Index(Body) {
    DirectoryCreates = Index.select([](const Stmt *S) {
      const auto *Call = dyn_cast<CallExpr>(S);
      return Call && isStdCreateDirectory(Call);
    });
    CreateLiterals = Index.select([](const Stmt *S) {
      const auto *Literal = dyn_cast<StringLiteral>(S);
      return Literal && Literal->getCharByteWidth() == 1 &&
             Literal->getString().contains_insensitive("create");
    });
    SdkCreates = Index.select([](const Stmt *S) {
      const auto *Call = dyn_cast<CXXMemberCallExpr>(S);
      return Call && findSdkPair(Call->getMethodDecl(), /*IsDelete=*/false);
    });
    Changers = Index.select([](const Stmt *S) {
      return isa<BinaryOperator, UnaryOperator, CXXOperatorCallExpr,
                 CXXMemberCallExpr>(S);
    });
  }
  /// The candidates of \p Positions that come after \p S (all of them
  /// when \p S is not indexed).
  std::vector<unsigned>::const_iterator
  after(const std::vector<unsigned> &Positions, const Stmt *S) const {
    std::optional<unsigned> At = Index.position(S);
    return At ? std::upper_bound(Positions.begin(), Positions.end(), *At)
              : Positions.begin();
  }
  const Stmt *at(unsigned Position) const {
    return Index.statements()[Position];
  }

  utils::FunctionIndex Index;
  std::vector<unsigned> DirectoryCreates, CreateLiterals, SdkCreates, Changers;
};

DeleteThenRecreateCheck::~DeleteThenRecreateCheck() = default;

void DeleteThenRecreateCheck::onEndOfTranslationUnit() { Bodies.clear(); }

const DeleteThenRecreateCheck::BodyInfo &
DeleteThenRecreateCheck::bodyInfo(const Stmt *Body) {
  std::unique_ptr<BodyInfo> &Info = Bodies[Body];
  if (!Info)
    Info = std::make_unique<BodyInfo>(Body);
  return *Info;
}

void DeleteThenRecreateCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> RemoveAll(std::begin(StdRemoveAllNames),
                                         std::end(StdRemoveAllNames));
  Finder->addMatcher(
      callExpr(unless(isExpansionInSystemHeader()), callee(functionDecl(hasAnyName(RemoveAll))), hasArgument(0, expr()))
          .bind("fs"),
      this);
  if (!SqlKinds.empty())
    Finder->addMatcher(stringLiteral(unless(isExpansionInSystemHeader()), mentionsDrop()).bind("sql"), this);
  Finder->addMatcher(
      cxxMemberCallExpr(unless(isExpansionInSystemHeader()), callee(cxxMethodDecl(
                            hasAnyName("DeleteBucket", "DeleteTable",
                                       "DeleteStack"))))
          .bind("sdk"),
      this);
}

void DeleteThenRecreateCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("fs"))
    checkFilesystem(Call, *Result.Context);
  else if (const auto *Literal = Result.Nodes.getNodeAs<StringLiteral>("sql"))
    checkSql(Literal, *Result.Context);
  else if (const auto *Member = Result.Nodes.getNodeAs<CXXMemberCallExpr>("sdk"))
    checkSdk(Member, *Result.Context);
}

void DeleteThenRecreateCheck::checkFilesystem(const CallExpr *Delete,
                                              ASTContext &Ctx) {
  const Stmt *Body = utils::enclosingFunctionBody(Delete, Ctx);
  if (!Body)
    return;
  const Expr *Path = Delete->getArg(0);
  const BodyInfo &Info = bodyInfo(Body);
  const CallExpr *Create = nullptr;
  for (auto It = Info.after(Info.DirectoryCreates, Delete);
       !Create && It != Info.DirectoryCreates.end(); ++It) {
    const auto *Call = cast<CallExpr>(Info.at(*It));
    if (utils::isSameValue(Path, Call->getArg(0), Ctx) &&
        runsAfter(Delete, Call, Ctx, Info.Index) &&
        !changedBetween(Path, Delete, Call, Info.Index, Info.Changers,
                        Ctx.getSourceManager()))
      Create = Call;
  }
  if (!Create)
    return;
  const FunctionDecl *CreateFunc = Create->getDirectCallee();
  diag(Delete->getBeginLoc(),
       "%0 '%1' is deleted and then recreated with '%2': in between it is "
       "missing and readers and writers fail, and the recreated %0 %3; %4")
      << DirectoryKind.Noun << sourceText(Path, Ctx)
      << CreateFunc->getName() << DirectoryKind.Loses << DirectoryKind.Safer
      << Delete->getSourceRange();
  diag(Create->getBeginLoc(), "recreated here", DiagnosticIDs::Note);
}

void DeleteThenRecreateCheck::checkSql(const StringLiteral *Drop,
                                       ASTContext &Ctx) {
  if (!classifyLiteral(Drop, Ctx).CallArgument)
    return;
  std::vector<SqlToken> DropTokens = tokenizeSql(Drop->getString());
  std::vector<SqlObject> Dropped =
      literalObjects(Drop, DropTokens, "drop", 0, Ctx);
  llvm::erase_if(Dropped, [&](const SqlObject &O) {
    return !llvm::is_contained(SqlKinds, O.Kind);
  });
  if (Dropped.empty())
    return;

  auto Matches = [&](const SqlObject &Created) -> const SqlObject * {
    for (const SqlObject &D : Dropped)
      if (D.Kind == Created.Kind && D.Name == Created.Name)
        return &D;
    return nullptr;
  };

  // The same literal: "DROP TABLE t; CREATE TABLE t (...)".
  const SqlObject *Pair = nullptr;
  const StringLiteral *CreateLiteral = nullptr;
  for (const SqlObject &Created :
       literalObjects(Drop, DropTokens, "create", 0, Ctx))
    if (const SqlObject *D = Matches(Created))
      if (Created.NameEnd > D->NameEnd && !Pair) {
        Pair = D;
        CreateLiteral = Drop;
      }

  // A later literal of the same function.
  const Stmt *Body = utils::enclosingFunctionBody(Drop, Ctx);
  if (!Pair && Body) {
    const BodyInfo &Info = bodyInfo(Body);
    for (auto It = Info.after(Info.CreateLiterals, Drop);
         !Pair && It != Info.CreateLiterals.end(); ++It) {
      const auto *Literal = cast<StringLiteral>(Info.at(*It));
      if (Literal == Drop || !runsAfter(Drop, Literal, Ctx, Info.Index))
        continue;
      std::vector<SqlToken> Tokens = tokenizeSql(Literal->getString());
      for (const SqlObject &Created :
           literalObjects(Literal, Tokens, "create", 0, Ctx))
        if (const SqlObject *D = Matches(Created)) {
          Pair = D;
          CreateLiteral = Literal;
          break;
        }
    }
  }
  if (!Pair)
    return;

  const ResourceKind *Kind = nullptr;
  for (const auto &Entry : SqlKindTable)
    if (Entry.first == Pair->Kind)
      Kind = &Entry.second;
  // A kind the user listed that the table does not describe.
  static const ResourceKind OtherKind = {
      "object", "has lost the old contents and grants",
      "create the new object under another name and switch over"};
  if (!Kind)
    Kind = &OtherKind;

  diag(Drop->getBeginLoc(),
       "%0 '%1' is dropped and then created again: in between it is missing "
       "and queries fail, and the recreated %0 %2; %3")
      << Kind->Noun << Pair->Name << Kind->Loses << Kind->Safer
      << Drop->getSourceRange();
  diag(CreateLiteral->getBeginLoc(), "created again here", DiagnosticIDs::Note);
}

void DeleteThenRecreateCheck::checkSdk(const CXXMemberCallExpr *Delete,
                                       ASTContext &Ctx) {
  const SdkPair *Pair = findSdkPair(Delete->getMethodDecl(), /*IsDelete=*/true);
  if (!Pair)
    return;
  const Expr *Name = sdkResourceName(Delete, *Pair, Ctx);
  const Stmt *Body = utils::enclosingFunctionBody(Delete, Ctx);
  if (!Name || !Body)
    return;
  const BodyInfo &Info = bodyInfo(Body);
  const CXXMemberCallExpr *Create = nullptr;
  for (auto It = Info.after(Info.SdkCreates, Delete);
       !Create && It != Info.SdkCreates.end(); ++It) {
    const auto *Call = cast<CXXMemberCallExpr>(Info.at(*It));
    if (findSdkPair(Call->getMethodDecl(), /*IsDelete=*/false) != Pair ||
        !runsAfter(Delete, Call, Ctx, Info.Index))
      continue;
    const Expr *CreateName = sdkResourceName(Call, *Pair, Ctx);
    if (CreateName && utils::isSameValue(Name, CreateName, Ctx) &&
        !changedBetween(Name, Delete, Call, Info.Index, Info.Changers,
                        Ctx.getSourceManager()))
      Create = Call;
  }
  if (!Create)
    return;
  const ResourceKind &Kind = *Pair->Kind;
  diag(Delete->getBeginLoc(),
       "%0 '%1' is deleted with '%2' and then recreated with '%3': in "
       "between it is missing and readers and writers fail, and the "
       "recreated %0 %4; %5")
      << Kind.Noun << sourceText(Name, Ctx) << Pair->Delete << Pair->Create
      << Kind.Loses << Kind.Safer << Delete->getSourceRange();
  diag(Create->getBeginLoc(), "recreated here", DiagnosticIDs::Note);
}

} // namespace clang::tidy::blastradius

//===--- CloudDeleteUnguardedCheck.cpp - blastradius ----------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "CloudDeleteUnguardedCheck.h"
#include "utils/CheckUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/Stmt.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::blastradius {

namespace {

using utils::neverFallsThrough;
using utils::referencedVariable;
using utils::stripValuePreserving;

/// A client method that deletes a whole cloud resource.
struct CloudDelete {
  /// The namespace of the client class (inline namespaces left out).
  llvm::StringRef Namespace;
  /// Whether clients in namespaces nested in Namespace count too.
  bool NestedToo;
  llvm::StringRef Method;
  /// What a call deletes, for the message.
  llvm::StringRef What;
  /// Whether the request can skip a final snapshot (RDS).
  bool HasFinalSnapshot;
};

/// The deletes the check knows. Sources: the aws-sdk-cpp client headers
/// (aws/<service>/<Service>Client.h: every operation `Op` also exists as
/// `OpCallable` and `OpAsync`) and the google-cloud-cpp client headers
/// (google/cloud/storage/client.h, google/cloud/compute/instances/v1/,
/// google/cloud/spanner/admin/, google/cloud/bigtable/admin/), whose versioned
/// inline namespaces are left out of namespacePath.
const CloudDelete KnownDeletes[] = {
    {"Aws::S3", false, "DeleteBucket", "an S3 bucket", false},
    {"Aws::S3Crt", false, "DeleteBucket", "an S3 bucket", false},
    {"Aws::S3", false, "DeleteObjects", "up to 1000 S3 objects at once",
     false},
    {"Aws::S3Crt", false, "DeleteObjects", "up to 1000 S3 objects at once",
     false},
    {"Aws::RDS", false, "DeleteDBInstance", "an RDS database instance", true},
    {"Aws::RDS", false, "DeleteDBCluster", "an RDS database cluster", true},
    {"Aws::EC2", false, "TerminateInstances",
     "EC2 instances and their delete-on-termination volumes", false},
    {"Aws::CloudFormation", false, "DeleteStack",
     "a CloudFormation stack and every resource it created", false},
    {"Aws::DynamoDB", false, "DeleteTable", "a DynamoDB table and its items",
     false},
    {"google::cloud", true, "DeleteBucket", "a Cloud Storage bucket", false},
    {"google::cloud", true, "DeleteInstance", "a cloud instance", false},
};

/// aws-sdk-cpp's asynchronous variants of every operation.
const llvm::StringRef AwsVariantSuffixes[] = {"Callable", "Async"};

/// The table entry for \p Method, or null.
const CloudDelete *findKnownDelete(const CXXMethodDecl *Method) {
  if (!Method->getDeclName().isIdentifier())
    return nullptr;
  llvm::StringRef Name = Method->getName();
  std::string Namespace = utils::namespacePath(Method->getParent());
  llvm::StringRef NS = Namespace;
  for (const CloudDelete &Entry : KnownDeletes) {
    bool NamespaceMatches =
        NS == Entry.Namespace ||
        (Entry.NestedToo && NS.starts_with(Entry.Namespace) &&
         NS.substr(Entry.Namespace.size()).starts_with("::"));
    if (!NamespaceMatches)
      continue;
    if (Name == Entry.Method)
      return &Entry;
    if (!Entry.Namespace.starts_with("Aws::") ||
        !Name.starts_with(Entry.Method))
      continue;
    if (llvm::is_contained(AwsVariantSuffixes, Name.substr(Entry.Method.size())))
      return &Entry;
  }
  return nullptr;
}

/// Whether the argument of the setter \p Call is known to be true (\p Value)
/// or false (!\p Value) at compile time.
bool setterArgumentIs(const CXXMemberCallExpr *Call, bool Value,
                      const ASTContext &Ctx) {
  bool Result = false;
  const Expr *Arg = Call->getArg(0);
  if (Arg->isValueDependent() || !Arg->EvaluateAsBooleanCondition(Result, Ctx))
    return false;
  return Result == Value;
}

} // namespace

CloudDeleteUnguardedCheck::CloudDeleteUnguardedCheck(StringRef Name,
                                                     ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      GuardNames(Options.get("GuardNames",
                             "dry_run;dryrun;confirm;force;yes;approved")),
      ExtraMethods(Options.get("ExtraMethods", "")) {
  for (const std::string &Item : utils::parseListOption(GuardNames))
    GuardSubstrings.push_back(llvm::StringRef(Item).lower());
}

void CloudDeleteUnguardedCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "GuardNames", GuardNames);
  Options.store(Opts, "ExtraMethods", ExtraMethods);
}

void CloudDeleteUnguardedCheck::registerMatchers(MatchFinder *Finder) {
  // Cheap filter by method name; the client's namespace is checked in
  // check().
  std::vector<std::string> Owned;
  for (const CloudDelete &Entry : KnownDeletes) {
    Owned.push_back(Entry.Method.str());
    if (Entry.Namespace.starts_with("Aws::"))
      for (llvm::StringRef Suffix : AwsVariantSuffixes)
        Owned.push_back((Entry.Method + Suffix).str());
  }
  llvm::sort(Owned);
  Owned.erase(std::unique(Owned.begin(), Owned.end()), Owned.end());
  std::vector<llvm::StringRef> Names(Owned.begin(), Owned.end());
  Finder->addMatcher(
      cxxMemberCallExpr(unless(isExpansionInSystemHeader()), callee(cxxMethodDecl(hasAnyName(Names)).bind("known")))
          .bind("call"),
      this);

  // A method matched by both matchers is reported by the first when it is a
  // known delete and by this one otherwise (see check()).
  std::vector<std::string> ExtraOwned = utils::parseListOption(ExtraMethods);
  std::vector<llvm::StringRef> Extra(ExtraOwned.begin(), ExtraOwned.end());
  if (!Extra.empty())
    Finder->addMatcher(
        callExpr(unless(isExpansionInSystemHeader()), callee(functionDecl(hasAnyName(Extra)).bind("extra")))
            .bind("call"),
        this);
}

/// Whether the name of \p Name contains one of \p Substrings (lower case),
/// ignoring case.
static bool nameMatches(llvm::StringRef Name,
                        const std::vector<std::string> &Substrings) {
  if (Name.empty())
    return false;
  return llvm::any_of(Substrings, [&](const std::string &Sub) {
    return Name.contains_insensitive(Sub);
  });
}

/// Whether the condition \p Cond reads a variable, member or function whose
/// name matches a guard name, or compares with a string literal that does
/// (`Flags.count("--dry-run")`). Conditions are small: a full walk is cheap.
static bool readsGuard(const Stmt *Cond,
                       const std::vector<std::string> &Substrings) {
  if (!Cond)
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Cond)) {
    const ValueDecl *D = DRE->getDecl();
    if (D->getDeclName().isIdentifier() &&
        nameMatches(D->getName(), Substrings))
      return true;
  } else if (const auto *ME = dyn_cast<MemberExpr>(Cond)) {
    const ValueDecl *D = ME->getMemberDecl();
    if (D->getDeclName().isIdentifier() &&
        nameMatches(D->getName(), Substrings))
      return true;
  } else if (const auto *Literal = dyn_cast<StringLiteral>(Cond)) {
    if (Literal->getCharByteWidth() == 1 &&
        nameMatches(Literal->getString(), Substrings))
      return true;
  }
  for (const Stmt *Child : Cond->children())
    if (Child && !isa<LambdaExpr>(Child) && readsGuard(Child, Substrings))
      return true;
  return false;
}

/// Whether an `if`, `switch`, `?:`, `&&` or `||` on the way from the function
/// to \p Call tests a guard, or an earlier statement of an enclosing block
/// leaves the function (or loop) when a guard says so.
static bool isGuardedByCondition(const Expr *Call,
                                 const std::vector<std::string> &Substrings,
                                 ASTContext &Ctx) {
  DynTypedNode Child = DynTypedNode::create(*Call);
  while (true) {
    DynTypedNodeList Parents = Ctx.getParents(Child);
    if (Parents.empty())
      return false;
    const DynTypedNode &Parent = Parents[0];
    if (Parent.get<FunctionDecl>() || Parent.get<LambdaExpr>() ||
        Parent.get<BlockDecl>())
      return false;
    const Stmt *ChildStmt = Child.get<Stmt>();
    if (const auto *If = Parent.get<IfStmt>()) {
      if (ChildStmt && (ChildStmt == If->getThen() ||
                        ChildStmt == If->getElse())) {
        if (readsGuard(If->getCond(), Substrings))
          return true;
        if (const VarDecl *CondVar = If->getConditionVariable())
          if (nameMatches(CondVar->getName(), Substrings) ||
              readsGuard(CondVar->getInit(), Substrings))
            return true;
      }
    } else if (const auto *Switch = Parent.get<SwitchStmt>()) {
      if (ChildStmt == Switch->getBody() &&
          readsGuard(Switch->getCond(), Substrings))
        return true;
    } else if (const auto *Case = Parent.get<CaseStmt>()) {
      // `case Mode::Confirmed:`
      if (ChildStmt == Case->getSubStmt() &&
          readsGuard(Case->getLHS(), Substrings))
        return true;
    } else if (const auto *Cond = Parent.get<ConditionalOperator>()) {
      if (ChildStmt != Cond->getCond() &&
          readsGuard(Cond->getCond(), Substrings))
        return true;
    } else if (const auto *BO = Parent.get<BinaryOperator>()) {
      if (BO->isLogicalOp() && ChildStmt == BO->getRHS() &&
          readsGuard(BO->getLHS(), Substrings))
        return true;
    } else if (const auto *Block = Parent.get<CompoundStmt>()) {
      for (const Stmt *Earlier : Block->body()) {
        if (Earlier == ChildStmt)
          break;
        const auto *If = dyn_cast<IfStmt>(Earlier);
        if (If && readsGuard(If->getCond(), Substrings) &&
            neverFallsThrough(If->getThen()))
          return true;
      }
    }
    Child = Parent;
  }
}

void CloudDeleteUnguardedCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  if (!Call)
    return;
  ASTContext &Ctx = *Result.Context;

  const CloudDelete *Known = nullptr;
  std::string Qualified;
  if (const auto *Method = Result.Nodes.getNodeAs<CXXMethodDecl>("known")) {
    Known = findKnownDelete(Method);
    if (!Known)
      return;
    // Spelled without the SDKs' versioned inline namespaces.
    Qualified = utils::namespacePath(Method->getParent()) + "::" +
                Method->getParent()->getNameAsString() +
                "::" + Method->getNameAsString();
  } else if (const auto *Func = Result.Nodes.getNodeAs<FunctionDecl>("extra")) {
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Func))
      if (findKnownDelete(Method))
        return;
    Qualified = Func->getQualifiedNameAsString();
  } else {
    return;
  }
  llvm::StringRef What = Known ? Known->What : "a cloud resource";

  // EC2's dry run: the request says so itself.
  const Expr *Request = Call->getNumArgs() > 0 ? Call->getArg(0) : nullptr;
  bool Guarded = isGuardedByCondition(Call, GuardSubstrings, Ctx);
  if (!Guarded && Request) {
    const CXXMemberCallExpr *DryRun =
        utils::findRequestSetter(Call, Request, "SetDryRun", "WithDryRun", Ctx);
    Guarded = DryRun && !setterArgumentIs(DryRun, false, Ctx);
  }

  // RDS: a skipped final snapshot is reported even behind a guard: the
  // guard decides whether to delete, not whether the data can come back.
  const CXXMemberCallExpr *SkipSnapshot = nullptr;
  if (Known && Known->HasFinalSnapshot && Request) {
    SkipSnapshot = utils::findRequestSetter(Call, Request, "SetSkipFinalSnapshot",
                                     "WithSkipFinalSnapshot", Ctx);
    if (SkipSnapshot && !setterArgumentIs(SkipSnapshot, true, Ctx))
      SkipSnapshot = nullptr;
  }

  if (SkipSnapshot) {
    diag(Call->getBeginLoc(),
         "'%0' with SetSkipFinalSnapshot(true) deletes %1 irrecoverably, "
         "without a final snapshot%select{ and without a dry-run flag or "
         "confirmation tested on the way to the call|}2; keep the snapshot "
         "(SetFinalDBSnapshotIdentifier) so that the data can be restored")
        << Qualified << What << Guarded << Call->getSourceRange();
    diag(SkipSnapshot->getExprLoc(), "final snapshot skipped here",
         DiagnosticIDs::Note);
    return;
  }
  if (Guarded)
    return;
  diag(Call->getBeginLoc(),
       "unguarded cloud delete: '%0' deletes %1 and no dry-run flag or "
       "confirmation is tested on the way to the call; test one first "
       "(e.g. 'if (!Confirmed) return;') so that a wrong argument or an "
       "accidental run cannot delete it")
      << Qualified << What << Call->getSourceRange();
}

} // namespace clang::tidy::blastradius

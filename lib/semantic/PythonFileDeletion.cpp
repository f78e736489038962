// python-recursive-delete-computed-path: shutil.rmtree of a computed path, os.remove/unlink/rmdir
// in a loop over a computed root, pathlib deletes of a computed path, with no validation of that
// path on the way to the call. "Computed" means it comes from a function parameter, sys.argv, the
// environment, input() or command-line options; a literal path, one built from literal parts and
// a directory from tempfile are fine.
#include "python/PythonData.h"
#include "python/PythonFields.h"
#include "python/PythonKinds.h"
#include "python/PythonGuards.h"
#include "python/PythonSyntax.h"
#include "semantic/Analyzers.h"

#include <algorithm>

namespace blastradius {

namespace {

using namespace python;

constexpr std::string_view RuleId = "python-recursive-delete-computed-path";

bool listed(const std::vector<std::string_view> &List, std::string_view Name) {
  return std::find(List.begin(), List.end(), Name) != List.end();
}

class FileDeletion {
public:
  FileDeletion(SemanticContext &Context)
      : Context(Context), Source(Context.text()), Names(Context.pythonImports()),
        Flow(Context.pythonValueFlow()) {}

  void run() {
    static const model::KindSet Calls{&python::kind::Call};
    walkKinds(Context.root(), Calls, [&](TSNode N, const std::vector<TSNode> &Ancestors) {
      checkCall(N, Ancestors);
      return true;
    });
  }

private:
  SemanticContext &Context;
  std::string_view Source;
  const Imports &Names;
  const ValueFlow &Flow;

  /// Whether Expr is a pathlib path: Path(...), a `/` on one, a method of one, or a name holding one.
  bool isPathLike(TSNode Expr, TSNode Function, unsigned Depth = 0) const {
    if (ts_node_is_null(Expr) || Depth > 12)
      return false;
    if (model::isKind(Expr, python::kind::ParenthesizedExpression)) {
      model::NodeList Inner = namedChildren(Expr);
      return !Inner.empty() && isPathLike(Inner.front(), Function, Depth + 1);
    }
    if (model::isKind(Expr, python::kind::Call)) {
      std::string Qualified = Names.qualify(field(Expr, python::fields::Function));
      if (Qualified == "pathlib.Path" || Qualified == "pathlib.PosixPath" || Qualified == "pathlib.PurePath" ||
          Qualified == "pathlib.WindowsPath" || Qualified == "Path")
        return true;
      TSNode Callee = field(Expr, python::fields::Function);
      return model::isKind(Callee, python::kind::Attribute) && isPathLike(field(Callee, python::fields::Object), Function, Depth + 1);
    }
    if (model::isKind(Expr, python::kind::BinaryOperator))
      return isPathLike(field(Expr, python::fields::Left), Function, Depth + 1);
    if (model::isKind(Expr, python::kind::Attribute)) // p.parent
      return isPathLike(field(Expr, python::fields::Object), Function, Depth + 1);
    if (model::isKind(Expr, python::kind::Identifier)) {
      const std::vector<TSNode> *Rights = Flow.assignments(text(Expr, Source), Function);
      if (!Rights)
        return false;
      for (TSNode Right : *Rights) {
        if (isPathLike(Right, Function, Depth + 1))
          return true;
        // for p in Path(root).rglob("*"): p is a path
        if (model::isKind(Right, python::kind::Call) && listed(directoryListingMethods(), calledName(Right, Source)) &&
            isPathLike(field(field(Right, python::fields::Function), python::fields::Object), Function, Depth + 1))
          return true;
      }
    }
    return false;
  }

  /// The root a loop iterates over when it lists a directory (os.listdir(root), os.walk(root),
  /// glob.glob(pattern), Path(root).rglob(...)), or a null node.
  TSNode listedRoot(TSNode Iterable, TSNode Function) const {
    for (unsigned Depth = 0; Depth < 4 && model::isKind(Iterable, python::kind::Call); ++Depth) {
      std::string Qualified = Names.qualify(field(Iterable, python::fields::Function));
      Arguments Args = callArguments(Iterable, Source);
      if (listed(directoryListingFunctions(), Qualified)) {
        TSNode Root = Args.get(0, Qualified.find("glob") != std::string::npos ? "pathname" : "path");
        return ts_node_is_null(Root) ? Iterable : Root; // os.listdir() lists the working directory
      }
      TSNode Callee = field(Iterable, python::fields::Function);
      if (model::isKind(Callee, python::kind::Attribute) && listed(directoryListingMethods(), calledName(Iterable, Source)) &&
          isPathLike(field(Callee, python::fields::Object), Function))
        return field(Callee, python::fields::Object);
      // sorted(os.listdir(root)), list(...), reversed(...)
      if (Qualified == "sorted" || Qualified == "list" || Qualified == "reversed" || Qualified == "enumerate") {
        if (Args.Positional.empty())
          return TSNode{};
        Iterable = Args.Positional.front();
        continue;
      }
      return TSNode{};
    }
    return TSNode{};
  }

  bool guarded(TSNode Call, const std::vector<TSNode> &Ancestors, const std::vector<std::string> &Guarded) const {
    return guardedOnPath(
        Call, Ancestors, Names, Source, [&](TSNode C) { return testsPath(C, Guarded, Source); },
        [&](TSNode S) { return checksPath(S, Guarded, Source); });
  }

  void checkCall(TSNode Call, const std::vector<TSNode> &Ancestors) {
    TSNode Callee = field(Call, python::fields::Function);
    std::string Qualified = Names.qualify(Callee);
    TSNode Function = enclosingFunction(Ancestors);
    Arguments Args = callArguments(Call, Source);

    bool Tree = listed(treeDeleteFunctions(), Qualified);
    bool Entry = listed(entryDeleteFunctions(), Qualified);
    TSNode Target{};
    if (Tree || Entry) {
      Target = Args.get(0, "path");
    } else if (model::isKind(Callee, python::kind::Attribute) && listed(pathDeleteMethods(), calledName(Call, Source)) &&
               isPathLike(field(Callee, python::fields::Object), Function)) {
      Target = field(Callee, python::fields::Object);
    } else {
      return;
    }
    if (ts_node_is_null(Target))
      return;
    Provenance Path = Flow.provenance(Target, Function);
    if (!Path.Computed)
      return;

    // The innermost loop of this function over a listed directory with a computed root.
    TSNode LoopRoot{};
    Provenance Root;
    for (auto It = Ancestors.rbegin(); It != Ancestors.rend(); ++It) {
      if (model::isKind(*It, python::kind::FunctionDefinition) || model::isKind(*It, python::kind::Lambda))
        break;
      if (!model::isKind(*It, python::kind::ForStatement))
        continue;
      TSNode Listed = listedRoot(field(*It, python::fields::Right), Function);
      if (ts_node_is_null(Listed))
        continue;
      Provenance P = Flow.provenance(Listed, Function);
      if (P.Computed) {
        LoopRoot = Listed;
        Root = P;
        break;
      }
    }

    std::vector<std::string> GuardNames = Path.Names;
    GuardNames.insert(GuardNames.end(), Root.Names.begin(), Root.Names.end());
    Flow.addDerivedNames(GuardNames, Function);
    if (guarded(Call, Ancestors, GuardNames))
      return;

    std::string Called(text(Callee, Source));
    if (Tree) {
      Context.report(RuleId, ts_node_start_byte(Call), ts_node_end_byte(Call),
                     Called + "() deletes a whole tree at a path from " + Path.Source);
      return;
    }
    if (!ts_node_is_null(LoopRoot)) {
      Context.report(RuleId, ts_node_start_byte(Call), ts_node_end_byte(Call),
                     Called + "() deletes every entry listed under a root from " + Root.Source);
      return;
    }
    // A single file or empty directory: only pathlib deletes of a computed path, as a warning.
    if (!Entry)
      Context.report(RuleId, ts_node_start_byte(Call), ts_node_end_byte(Call),
                     Called + "() deletes a path from " + Path.Source, Level::Warning);
  }
};

class PythonFileDeletion final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "python-file-deletion"; }
  std::string_view description() const override {
    return "finds Python deletes (shutil.rmtree, os.remove in loops, pathlib unlink/rmdir) of computed, "
           "unvalidated paths";
  }
  std::vector<std::string_view> ruleIds() const override { return {RuleId}; }
  bool appliesTo(std::string_view Language) const override { return Language == "python"; }
  void analyze(SemanticContext &Context) const override { FileDeletion(Context).run(); }
};

} // namespace

const SemanticAnalyzer &pythonFileDeletionAnalyzer() {
  static const PythonFileDeletion Instance;
  return Instance;
}

} // namespace blastradius

// python-swallowed-exception: `except:`, `except Exception:` or `except BaseException:` whose body
// is only `pass`, `...` or `continue`, around a try body that changes state (deletes, writes,
// commits, runs commands, calls a cloud API). The failure disappears: the script carries on as if
// the delete, the write or the deployment had worked.
#include "python/PythonData.h"
#include "python/PythonFields.h"
#include "python/PythonKinds.h"
#include "python/PythonSyntax.h"
#include "semantic/Analyzers.h"

#include <algorithm>

namespace blastradius {

namespace {

using namespace python;

constexpr std::string_view RuleId = "python-swallowed-exception";

bool listed(const std::vector<std::string_view> &List, std::string_view Name) {
  return std::find(List.begin(), List.end(), Name) != List.end();
}

std::vector<std::string_view> words(std::string_view Name) {
  std::vector<std::string_view> Out;
  size_t Start = 0;
  while (Start <= Name.size()) {
    size_t End = Name.find('_', Start);
    if (End == std::string_view::npos)
      End = Name.size();
    if (End > Start)
      Out.push_back(Name.substr(Start, End - Start));
    Start = End + 1;
  }
  return Out;
}

class SwallowedExceptions {
public:
  explicit SwallowedExceptions(SemanticContext &Context)
      : Context(Context), Source(Context.text()), Names(Context.pythonImports()) {}

  void run() {
    static const model::KindSet Tries{&python::kind::TryStatement};
    walkKinds(Context.root(), Tries, [&](TSNode N, const std::vector<TSNode> &) {
      checkTry(N);
      return true;
    });
  }

private:
  SemanticContext &Context;
  std::string_view Source;
  const Imports &Names;

  bool stateChanging(TSNode Call) const {
    std::string_view Name = calledName(Call, Source);
    if (Name.empty())
      return false;
    if (listed(stateChangingVerbs(), Name))
      return true;
    std::vector<std::string_view> Parts = words(Name);
    if (Parts.size() > 1) {
      for (std::string_view W : Parts)
        if (listed(stateChangingVerbs(), W) || listed(ambiguousStateChangingVerbs(), W))
          return true;
      return false;
    }
    if (!listed(ambiguousStateChangingVerbs(), Name))
      return false;
    // os.remove, subprocess.run, requests.post: a function of an imported module.
    TSNode Callee = field(Call, python::fields::Function);
    if (!model::isKind(Callee, python::kind::Attribute))
      return Names.imported(Name) && Names.qualify(Callee) != Name; // from os import remove
    TSNode Root = field(Callee, python::fields::Object);
    while (model::isKind(Root, python::kind::Attribute))
      Root = field(Root, python::fields::Object);
    return model::isKind(Root, python::kind::Identifier) && Names.imported(text(Root, Source));
  }

  /// The first state-changing call of the try body (nested functions and classes excluded).
  TSNode firstStateChange(TSNode Body) const {
    TSNode Found{};
    walk(Body, [&](TSNode N, const std::vector<TSNode> &Ancestors) {
      if (!ts_node_is_null(Found) || !model::isKind(N, python::kind::Call))
        return;
      for (TSNode A : Ancestors)
        if (model::isKind(A, python::kind::FunctionDefinition) || model::isKind(A, python::kind::ClassDefinition) || model::isKind(A, python::kind::Lambda))
          return;
      if (stateChanging(N))
        Found = N;
    });
    return Found;
  }

  bool broad(TSNode Type) const {
    if (model::isKind(Type, python::kind::AsPattern)) {
      model::NodeList Inner = namedChildren(Type);
      return !Inner.empty() && broad(Inner.front());
    }
    if (model::isKind(Type, python::kind::Tuple) || model::isKind(Type, python::kind::ParenthesizedExpression)) {
      for (TSNode Item : namedChildren(Type))
        if (broad(Item))
          return true;
      return false;
    }
    std::string Name = Names.qualify(Type);
    return Name == "Exception" || Name == "BaseException" || Name == "builtins.Exception" ||
           Name == "builtins.BaseException";
  }

  static bool onlyPass(TSNode Block) {
    bool Any = false;
    for (TSNode S : namedChildren(Block)) {
      if (model::isKind(S, python::kind::Comment))
        continue;
      Any = true;
      if (model::isKind(S, python::kind::PassStatement) || model::isKind(S, python::kind::ContinueStatement))
        continue;
      if (model::isKind(S, python::kind::ExpressionStatement)) {
        model::NodeList Inner = namedChildren(S);
        if (Inner.size() == 1 && model::isKind(Inner.front(), python::kind::Ellipsis))
          continue;
      }
      return false;
    }
    return Any;
  }

  void checkTry(TSNode Try) {
    TSNode Changed{};
    bool Looked = false;
    for (TSNode Clause : namedChildren(Try)) {
      if (!model::isKind(Clause, python::kind::ExceptClause))
        continue;
      TSNode Block{}, Type{};
      for (TSNode Child : namedChildren(Clause)) {
        if (model::isKind(Child, python::kind::Block))
          Block = Child;
        else if (ts_node_is_null(Type) && !model::isKind(Child, python::kind::Comment))
          Type = Child;
      }
      if (ts_node_is_null(Block) || !onlyPass(Block))
        continue;
      if (!ts_node_is_null(Type) && !broad(Type))
        continue; // except FileNotFoundError: pass is a decision about one failure
      if (!Looked) {
        Changed = firstStateChange(field(Try, python::fields::Body));
        Looked = true;
      }
      if (ts_node_is_null(Changed))
        return;
      uint32_t Start = ts_node_start_byte(Clause);
      uint32_t End = ts_node_is_null(Type) ? Start + 6 : ts_node_end_byte(Type);
      std::string Handler = ts_node_is_null(Type) ? "except:" : "except " + std::string(text(Type, Source)) + ":";
      Context.report(RuleId, Start, End,
                     Handler + " silently ignores a failure of " + std::string(text(field(Changed, python::fields::Function), Source)) +
                         "() on line " + std::to_string(Context.source().position(ts_node_start_byte(Changed)).Line));
    }
  }
};

class PythonSwallowedExceptions final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "python-swallowed-exceptions"; }
  std::string_view description() const override {
    return "finds bare or broad except clauses that silently ignore a failed delete, write or deployment";
  }
  std::vector<std::string_view> ruleIds() const override { return {RuleId}; }
  bool appliesTo(std::string_view Language) const override { return Language == "python"; }
  void analyze(SemanticContext &Context) const override { SwallowedExceptions(Context).run(); }
};

} // namespace

const SemanticAnalyzer &pythonSwallowedExceptionsAnalyzer() {
  static const PythonSwallowedExceptions Instance;
  return Instance;
}

} // namespace blastradius

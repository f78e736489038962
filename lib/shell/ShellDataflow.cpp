#include "shell/ShellDataflow.h"
#include "shell/BashFields.h"
#include "shell/BashKinds.h"
#include "model/FlatTree.h"
#include "model/TreeSitterUtil.h"

#include "AnalysisLimits.h"

#include "Query.h"
#include "shell/ShellCommands.h"
#include "shell/ShellConditions.h"
#include "shell/ShellData.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <set>

namespace blastradius::shell {

namespace {

/// The pseudo variable that carries `set -u`: NonEmpty when on, MaybeEmpty when off.
constexpr std::string_view NounsetVar = "-u";
/// Limits that keep a query linear: events looked at per query, call sites joined per function.
constexpr unsigned MaxEventsPerQuery = 64;
constexpr unsigned MaxCallSites = 16;
constexpr unsigned MaxResolveDepth = 8;
constexpr unsigned ResolveBudget = 256;


Emptiness join(Emptiness A, Emptiness B) {
  if (A == Emptiness::MaybeEmpty || B == Emptiness::MaybeEmpty)
    return Emptiness::MaybeEmpty;
  if (A == Emptiness::Unknown || B == Emptiness::Unknown)
    return Emptiness::Unknown;
  return Emptiness::NonEmpty;
}

bool isIdentifier(std::string_view Word) {
  if (Word.empty() || (Word[0] >= '0' && Word[0] <= '9'))
    return false;
  for (char C : Word)
    if (!(C == '_' || (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || (C >= '0' && C <= '9')))
      return false;
  return true;
}

} // namespace

struct ShellDataflow::Frame {
  TSNode Node;
  Region Where;
  int Func;
  unsigned Depth;
};

ShellDataflow::ShellDataflow(TSNode Root, std::string_view TheText) : Text(TheText) {
  if (Text.substr(0, 2) == "#!") {
    std::string_view Shebang = Text.substr(0, Text.find('\n'));
    size_t At = Shebang.find(' ');
    while (At != std::string_view::npos) {
      size_t Next = Shebang.find(' ', At + 1);
      std::string_view Word = Shebang.substr(At + 1, Next == std::string_view::npos ? Next : Next - At - 1);
      if (Word.size() > 1 && Word[0] == '-' && Word[1] != '-' && Word.find('u') != std::string_view::npos)
        ShebangNounset = true;
      At = Next;
    }
  }
  if (ts_node_is_null(Root))
    return;
  collectFunctions(Root);
  walk(Root);
  propagateCalls();
  for (auto &[Name, List] : Events)
    std::stable_sort(List.begin(), List.end(), [](const Event &A, const Event &B) { return A.Offset < B.Offset; });
}

int ShellDataflow::functionNamed(std::string_view Name) const {
  // The last definition before use wins in the shell; names are rarely redefined, take the first.
  for (size_t I = 0; I < Functions.size(); ++I)
    if (Functions[I].Name == Name)
      return static_cast<int>(I);
  return -1;
}

void ShellDataflow::collectFunctions(TSNode Root) {
  std::vector<std::pair<TSNode, unsigned>> Stack = {{Root, 0}};
  std::vector<TSNode> Definitions;
  auto Define = [&](TSNode Node) {
    TSNode Name = model::childByField(Node, shell::field::Name);
    TSNode Body = model::childByField(Node, shell::field::Body);
    if (!ts_node_is_null(Name) && !ts_node_is_null(Body)) {
      Function F;
      F.Name = std::string(nodeText(Name, Text));
      F.Body = {ts_node_start_byte(Body), ts_node_end_byte(Body)};
      Functions.push_back(std::move(F));
      Definitions.push_back(Body);
    }
  };
  // The flattened tree: the same preorder over named nodes, each node's kind read off its entry.
  const model::FlatTree *Flat = model::FlatTreeScope::forNode(Root);
  uint32_t First = Flat && ts_tree_language(Root.tree) == shell::kind::FunctionDefinition.language()
                       ? Flat->indexOf(Root)
                       : UINT32_MAX;
  if (First != UINT32_MAX) {
    Stack.clear();
    const model::FlatTree::EntryView Nodes = Flat->entries();
    std::vector<uint32_t> Open; // the subtree ends of the named ancestors
    for (uint32_t I = First, End = Nodes[First].SubtreeEnd; I < End;) {
      while (!Open.empty() && I >= Open.back())
        Open.pop_back();
      const model::FlatTree::Entry &E = Nodes[I];
      if (I != First && !E.Named) {
        I = E.SubtreeEnd;
        continue;
      }
      if (Open.size() > MaxDepth) {
        noteAnalysisLimit("shell nesting deeper than 2000 levels");
        I = E.SubtreeEnd;
        continue;
      }
      if (shell::kind::FunctionDefinition.matchesSymbol(E.Symbol))
        Define(E.Node);
      Open.push_back(E.SubtreeEnd);
      ++I;
    }
  }
  while (!Stack.empty()) {
    auto [Node, Depth] = Stack.back();
    Stack.pop_back();
    if (Depth > MaxDepth) {
      noteAnalysisLimit("shell nesting deeper than 2000 levels");
      continue;
    }
    if (model::isKind(Node, shell::kind::FunctionDefinition))
      Define(Node);
    // Pushed in reverse, so that they pop in source order.
    size_t First = Stack.size();
    model::forEachNamedChild(Node, [&](TSNode Child) {
      Stack.push_back({Child, Depth + 1});
      return true;
    });
    std::reverse(Stack.begin() + First, Stack.end());
  }
  // A function whose body ends in `exit` (die, fail, usage ...) stops the script when called; two rounds find
  // a `die` that calls another `die`.
  FunctionExits.assign(Functions.size(), false);
  for (int Round = 0; Round < 2; ++Round)
    for (size_t I = 0; I < Functions.size(); ++I)
      if (!FunctionExits[I] && exitsAlways(Definitions[I]))
        FunctionExits[I] = true;
}

bool ShellDataflow::exitsAlways(TSNode Statement) const {
  for (unsigned Depth = 0; Depth < 16 && !ts_node_is_null(Statement); ++Depth) {
    if (model::isKind(Statement, shell::kind::CompoundStatement) || model::isKind(Statement, shell::kind::RedirectedStatement)) {
      uint32_t N = ts_node_named_child_count(Statement);
      if (N == 0)
        return false;
      // A redirected_statement's body comes first; a block's last statement decides.
      Statement = ts_node_named_child(Statement, model::isKind(Statement, shell::kind::CompoundStatement) ? N - 1 : 0);
      continue;
    }
    if (!model::isKind(Statement, shell::kind::Command))
      return false;
    std::string Name = commandName(Statement, Text);
    if (Name == "exit" || Name == "return")
      return true;
    int F = functionNamed(Name);
    return F >= 0 && static_cast<size_t>(F) < FunctionExits.size() && FunctionExits[F];
  }
  return false;
}

void ShellDataflow::addEvent(const std::string &Var, uint32_t Offset, const Region &Where, int Func, Emptiness State,
                             TSNode Value, bool Propagates) {
  Event E;
  E.Offset = Offset;
  E.Where = Where;
  E.Function = Func;
  E.State = State;
  E.Value = Value;
  E.Propagates = Propagates;
  Events[Var].push_back(E);
}

void ShellDataflow::addGuards(TSNode Condition, bool WhenTrue, uint32_t Offset, const Region &Where, int Func,
                              bool Propagates) {
  std::vector<std::string> Vars;
  conditionFacts(Condition, WhenTrue, Text, Vars, 0);
  for (const std::string &Var : Vars)
    addEvent(Var, Offset, Where, Func, Emptiness::NonEmpty, TSNode{}, Propagates);
}

namespace {

/// Whether the statement that always exits does so with `return` (a guard then holds only in its function)
/// rather than `exit`.
bool endsInReturn(TSNode Statement, std::string_view Text) {
  for (unsigned Depth = 0; Depth < 16 && !ts_node_is_null(Statement); ++Depth) {
    uint32_t N = ts_node_named_child_count(Statement);
    if (model::isKind(Statement, shell::kind::CompoundStatement) && N > 0) {
      Statement = ts_node_named_child(Statement, N - 1);
      continue;
    }
    return model::isKind(Statement, shell::kind::Command) && commandName(Statement, Text) == "return";
  }
  return false;
}

} // namespace

namespace {

/// How the walk treats a node, looked up once per node by symbol instead of a chain of kind tests.
enum class Step : uint8_t { Other, If, List, Loop, Scoped, Function, Declaration, Assignment, Expansion, Command };

Step slowStepOf(TSNode Node) {
  if (model::isKind(Node, kind::IfStatement) || model::isKind(Node, kind::ElifClause))
    return Step::If;
  if (model::isKind(Node, kind::List))
    return Step::List;
  if (model::isKind(Node, kind::WhileStatement) || model::isKind(Node, kind::UntilStatement) ||
      model::isKind(Node, kind::ForStatement) || model::isKind(Node, kind::CStyleForStatement) ||
      model::isKind(Node, kind::SelectStatement))
    return Step::Loop;
  if (model::isKind(Node, kind::CaseItem) || model::isKind(Node, kind::Subshell) ||
      model::isKind(Node, kind::CommandSubstitution) || model::isKind(Node, kind::ProcessSubstitution) ||
      model::isKind(Node, kind::Pipeline))
    return Step::Scoped;
  if (model::isKind(Node, kind::FunctionDefinition))
    return Step::Function;
  if (model::isKind(Node, kind::DeclarationCommand))
    return Step::Declaration;
  if (model::isKind(Node, kind::VariableAssignment))
    return Step::Assignment;
  if (model::isKind(Node, kind::Expansion))
    return Step::Expansion;
  if (model::isKind(Node, kind::Command))
    return Step::Command;
  return Step::Other;
}

/// The step of one symbol of the bash grammar (for the table built once per process).
Step stepOfSymbol(TSSymbol Symbol) {
  auto Is = [&](const model::SyntaxKind &Kind) { return Kind.matchesSymbol(Symbol); };
  if (Is(kind::IfStatement) || Is(kind::ElifClause))
    return Step::If;
  if (Is(kind::List))
    return Step::List;
  if (Is(kind::WhileStatement) || Is(kind::UntilStatement) || Is(kind::ForStatement) || Is(kind::CStyleForStatement) ||
      Is(kind::SelectStatement))
    return Step::Loop;
  if (Is(kind::CaseItem) || Is(kind::Subshell) || Is(kind::CommandSubstitution) || Is(kind::ProcessSubstitution) ||
      Is(kind::Pipeline))
    return Step::Scoped;
  if (Is(kind::FunctionDefinition))
    return Step::Function;
  if (Is(kind::DeclarationCommand))
    return Step::Declaration;
  if (Is(kind::VariableAssignment))
    return Step::Assignment;
  if (Is(kind::Expansion))
    return Step::Expansion;
  if (Is(kind::Command))
    return Step::Command;
  return Step::Other;
}

} // namespace

/// One node of the walk: its frame and span, and the children it schedules, in source order.
struct ShellDataflow::WalkStep {
  const Frame &F;
  TSNode Node;
  uint32_t Begin, End;
  Region Own;
  /// The walk's one buffer, cleared per node (a vector per node cost an allocation each).
  std::vector<Frame> &Children;
  void push(TSNode Child, const Region &Where, int Func) { Children.push_back({Child, Where, Func, F.Depth + 1}); }
  void pushAll(const Region &Where) {
    model::forEachNamedChild(Node, [&](TSNode Child) {
      push(Child, Where, F.Func);
      return true;
    });
  }
};

void ShellDataflow::walk(TSNode Root) {
  static const model::SymbolTable<Step> Table(kind::Command.language(), stepOfSymbol);
  bool Fast = Table.covers(Root);
  std::vector<Frame> Stack = {{Root, Region{}, -1, 0}}, Children;
  while (!Stack.empty()) {
    Frame F = Stack.back();
    Stack.pop_back();
    if (F.Depth > MaxDepth) {
      noteAnalysisLimit("shell nesting deeper than 2000 levels");
      continue;
    }
    Children.clear();
    WalkStep S{F, F.Node, ts_node_start_byte(F.Node), ts_node_end_byte(F.Node), {}, Children};
    S.Own = Region{S.Begin, S.End};
    switch (Fast ? Table.of(F.Node) : slowStepOf(F.Node)) {
    case Step::If:
      walkIf(S);
      break;
    case Step::List:
      walkList(S);
      break;
    case Step::Loop:
      walkLoop(S);
      break;
    case Step::Scoped:
      walkScoped(S);
      break;
    case Step::Function:
      walkFunctionDefinition(S);
      break;
    case Step::Declaration:
      walkDeclaration(S);
      break;
    case Step::Assignment:
      walkAssignment(S);
      break;
    case Step::Expansion:
      walkExpansion(S);
      break;
    case Step::Command:
      walkCommand(S);
      break;
    case Step::Other:
      S.pushAll(F.Where);
      break;
    }
    // Children are pushed in reverse so that they are visited in source order.
    for (size_t I = S.Children.size(); I-- > 0;)
      Stack.push_back(S.Children[I]);
  }
}

/// `if` and `elif`: the conditions guard the body; an `else` or a body that always exits guards what follows.
void ShellDataflow::walkIf(WalkStep &S) {
  const Frame &F = S.F;
  TSNode Node = S.Node;
  uint32_t End = S.End;
  // Condition children come before `then`; the body runs only when it held.
  model::NodeList All = model::allChildren(Node);
  size_t N = All.size();
  size_t I = 0;
  std::vector<TSNode> Conditions;
  for (; I < N; ++I) {
    TSNode Child = All[I];
    if (!ts_node_is_named(Child) && nodeText(Child, Text) == "then")
      break;
    if (ts_node_is_named(Child)) {
      Conditions.push_back(Child);
      S.push(Child, F.Where, F.Func);
    }
  }
  uint32_t BodyBegin = I < N ? ts_node_end_byte(All[I]) : End;
  uint32_t BodyEnd = End;
  std::vector<TSNode> Body, Alternatives;
  for (++I; I < N; ++I) {
    TSNode Child = All[I];
    if (model::isKind(Child, shell::kind::ElifClause) || model::isKind(Child, shell::kind::ElseClause) ||
        (!ts_node_is_named(Child) && nodeText(Child, Text) == "fi")) {
      BodyEnd = std::min(BodyEnd, ts_node_start_byte(Child));
      if (ts_node_is_named(Child))
        Alternatives.push_back(Child);
      continue;
    }
    if (ts_node_is_named(Child) && Alternatives.empty())
      Body.push_back(Child);
  }
  Region BodyRegion{BodyBegin, BodyEnd};
  for (TSNode Condition : Conditions)
    addGuards(Condition, true, BodyBegin, BodyRegion, F.Func, true);
  for (TSNode Child : Body)
    S.push(Child, BodyRegion, F.Func);
  for (TSNode Alternative : Alternatives) {
    Region AltRegion{ts_node_start_byte(Alternative), ts_node_end_byte(Alternative)};
    for (TSNode Condition : Conditions)
      addGuards(Condition, false, AltRegion.Begin, AltRegion, F.Func, true);
    S.push(Alternative, AltRegion, F.Func);
  }
  // `if [ -z "$X" ]; then exit 1; fi`: past the statement, the condition was false.
  if (model::isKind(Node, shell::kind::IfStatement) && !Body.empty() && exitsAlways(Body.back())) {
    bool HasElif =
        std::any_of(Alternatives.begin(), Alternatives.end(), [](TSNode A) { return model::isKind(A, shell::kind::ElifClause); });
    if (!HasElif)
      for (TSNode Condition : Conditions)
        addGuards(Condition, false, End, F.Where, F.Func, !endsInReturn(Body.back(), Text));
  } else if (model::isKind(Node, shell::kind::IfStatement) && Alternatives.size() == 1 && model::isKind(Alternatives[0], shell::kind::ElseClause)) {
    uint32_t M = ts_node_named_child_count(Alternatives[0]);
    TSNode Last = M ? ts_node_named_child(Alternatives[0], M - 1) : TSNode{};
    if (M && exitsAlways(Last))
      for (TSNode Condition : Conditions)
        addGuards(Condition, true, End, F.Where, F.Func, !endsInReturn(Last, Text));
  }
}

/// `A && B`, `A || B`: A guards B; `[ -z "$X" ] && exit 1` guards what follows.
void ShellDataflow::walkList(WalkStep &S) {
  const Frame &F = S.F;
  TSNode Node = S.Node;
  uint32_t End = S.End;
  TSNode Left = ts_node_named_child(Node, 0);
  TSNode Right = ts_node_named_child(Node, ts_node_named_child_count(Node) - 1);
  std::string_view Op = listOperator(Node, Text);
  if (ts_node_named_child_count(Node) == 2 && (Op == "&&" || Op == "||")) {
    Region RightRegion{ts_node_start_byte(Right), ts_node_end_byte(Right)};
    S.push(Left, F.Where, F.Func);
    addGuards(Left, Op == "&&", RightRegion.Begin, RightRegion, F.Func, true);
    S.push(Right, RightRegion, F.Func);
    // `[ -z "$X" ] && exit 1`, `[ -n "$X" ] || die`: past the list, the test went the other way. `[ -z
    // "$X" ] && echo "X is empty" >&2 && exit 1`: messages in between always succeed.
    if (exitsAlways(Right)) {
      TSNode Test = Left;
      for (unsigned I = 0; I < 8 && Op == "&&"; ++I) {
        if (model::isKind(Test, shell::kind::RedirectedStatement) && ts_node_named_child_count(Test) > 0)
          Test = ts_node_named_child(Test, 0); // `A && echo x >&2`: the redirect wraps the list
        if (!model::isKind(Test, shell::kind::List) || listOperator(Test, Text) != "&&" || ts_node_named_child_count(Test) != 2 ||
            !printsOnly(ts_node_named_child(Test, 1), Text))
          break;
        Test = ts_node_named_child(Test, 0);
      }
      addGuards(Test, Op == "||", End, F.Where, F.Func, !endsInReturn(Right, Text));
    }
  } else {
    S.pushAll(F.Where);
  }
}

/// Loops: the loop variable of `for`/`select`, the condition of `while`/`until`, the body as its own region.
void ShellDataflow::walkLoop(WalkStep &S) {
  const Frame &F = S.F;
  TSNode Node = S.Node;
  const Region &Own = S.Own;
  auto IsLocal = [&](const std::string &Var) { return S.F.Func >= 0 && Locals.count({S.F.Func, Var}); };
  TSNode Body = model::childByField(Node, shell::field::Body);
  Region BodyRegion = ts_node_is_null(Body) ? Own : Region{ts_node_start_byte(Body), ts_node_end_byte(Body)};
  if (model::isKind(Node, shell::kind::ForStatement) || model::isKind(Node, shell::kind::SelectStatement)) {
    TSNode Var = model::childByField(Node, shell::field::Variable);
    if (!ts_node_is_null(Var)) {
      // Non-empty when every listed word yields only non-empty fields: it has literal text (`cache`,
      // "$DIR"/*), or it is an unquoted expansion, whose empty fields the shell drops. `for x in "$@"` /
      // `for x in "$A"` may give "".
      bool AllLiteral = true, Any = false;
      model::forEachChildWithField(Node, [&](TSNode Word, TSFieldId Field) {
        if (Field != shell::field::Value)
          return true;
        Any = true;
        bool Unquoted =
            model::isKind(Word, shell::kind::SimpleExpansion) || model::isKind(Word, shell::kind::Expansion) || model::isKind(Word, shell::kind::CommandSubstitution);
        bool HasLiteral = false;
        for (const WordPart &Part : wordParts(Word, Text))
          HasLiteral |= Part.PartKind == WordPart::Kind::Literal && !Part.Text.empty();
        AllLiteral &= Unquoted || HasLiteral;
        return true;
      });
      std::string Name(nodeText(Var, Text));
      addEvent(Name, BodyRegion.Begin, BodyRegion, F.Func,
               Any && AllLiteral ? Emptiness::NonEmpty : Emptiness::MaybeEmpty, TSNode{}, !IsLocal(Name));
    }
  }
  if (model::isKind(Node, shell::kind::WhileStatement) || model::isKind(Node, shell::kind::UntilStatement)) {
    TSNode Condition = model::childByField(Node, shell::field::Condition);
    if (!ts_node_is_null(Condition))
      addGuards(Condition, model::isKind(Node, shell::kind::WhileStatement), BodyRegion.Begin, BodyRegion, F.Func, true);
  }
  model::forEachNamedChild(Node, [&](TSNode Child) {
    S.push(Child, ts_node_eq(Child, Body) ? BodyRegion : F.Where, F.Func);
    return true;
  });
}

/// A case branch, a subshell, a command substitution, a pipeline: each its own region.
void ShellDataflow::walkScoped(WalkStep &S) {
  const Frame &F = S.F;
  TSNode Node = S.Node;
  const Region &Own = S.Own;
  // A case branch runs conditionally; a subshell's assignments stay in it; so do a pipeline's.
  if (model::isKind(Node, shell::kind::Pipeline)) {
    model::forEachNamedChild(Node, [&](TSNode Child) {
      S.push(Child, Region{ts_node_start_byte(Child), ts_node_end_byte(Child)}, F.Func);
      return true;
    });
  } else {
    S.pushAll(Own);
  }
}

/// A function definition: its body is walked as that function.
void ShellDataflow::walkFunctionDefinition(WalkStep &S) {
  const Frame &F = S.F;
  TSNode Node = S.Node;
  uint32_t Begin = S.Begin;
  TSNode Body = model::childByField(Node, shell::field::Body);
  int Index = -1;
  for (size_t I = 0; I < Functions.size(); ++I)
    if (!ts_node_is_null(Body) && Functions[I].Body.Begin == ts_node_start_byte(Body))
      Index = static_cast<int>(I);
  if (Index >= 0) {
    Functions[Index].DefinedIn = F.Func;
    Functions[Index].DefinedAt = Begin;
    S.push(Body, Functions[Index].Body, Index);
  }
}

/// `local`, `declare`, `typeset`, `export`, `readonly`.
void ShellDataflow::walkDeclaration(WalkStep &S) {
  const Frame &F = S.F;
  TSNode Node = S.Node;
  uint32_t End = S.End;
  std::string_view Keyword = nodeText(ts_node_child(Node, 0), Text);
  bool MakesLocal = F.Func >= 0 && (Keyword == "local" || Keyword == "declare" || Keyword == "typeset");
  model::forEachNamedChild(Node, [&](TSNode Child) {
    TSNode NameNode = model::isKind(Child, shell::kind::VariableAssignment) ? model::childByField(Child, shell::field::Name) : Child;
    if (ts_node_is_null(NameNode) || !model::isKind(NameNode, shell::kind::VariableName))
      return true;
    std::string Name(nodeText(NameNode, Text));
    if (MakesLocal)
      Locals.insert({F.Func, Name});
    // `local X` / `declare X` in a function: a new, empty variable. `export X`, `readonly X` keep the
    // value.
    if (!model::isKind(Child, shell::kind::VariableAssignment) && MakesLocal)
      addEvent(Name, End, F.Where, F.Func, Emptiness::MaybeEmpty, TSNode{}, false);
    return true;
  });
  S.pushAll(F.Where);
}

/// `X=value`.
void ShellDataflow::walkAssignment(WalkStep &S) {
  const Frame &F = S.F;
  TSNode Node = S.Node;
  uint32_t End = S.End;
  auto IsLocal = [&](const std::string &Var) { return S.F.Func >= 0 && Locals.count({S.F.Func, Var}); };
  TSNode NameNode = model::childByField(Node, shell::field::Name);
  TSNode Value = model::childByField(Node, shell::field::Value);
  if (!ts_node_is_null(NameNode) && model::isKind(NameNode, shell::kind::VariableName)) {
    std::string Name(nodeText(NameNode, Text));
    if (ts_node_is_null(Value))
      addEvent(Name, End, F.Where, F.Func, Emptiness::MaybeEmpty, TSNode{}, !IsLocal(Name));
    else
      addEvent(Name, End, F.Where, F.Func, Emptiness::MaybeEmpty, Value, !IsLocal(Name));
  }
  S.pushAll(F.Where);
}

/// `${X:?}` and `${X:=default}`: past them X is not empty.
void ShellDataflow::walkExpansion(WalkStep &S) {
  const Frame &F = S.F;
  TSNode Node = S.Node;
  uint32_t End = S.End;
  auto IsLocal = [&](const std::string &Var) { return S.F.Func >= 0 && Locals.count({S.F.Func, Var}); };
  std::vector<WordPart> Parts = wordParts(Node, Text);
  if (Parts.size() == 1 && !Parts[0].Variable.empty()) {
    const WordPart &P = Parts[0];
    // Past `${X:?}` the script has aborted or X is non-empty; past `${X:=d}` X is d or non-empty.
    if (P.FailsIfEmpty || (P.Operator == ":=" && P.HasNonEmptyDefault))
      addEvent(P.Variable, End, F.Where, F.Func, Emptiness::NonEmpty, TSNode{}, !IsLocal(P.Variable));
  }
  S.pushAll(F.Where);
}

/// A command: its effects on variables, a call of a function, its words.
void ShellDataflow::walkCommand(WalkStep &S) {
  const Frame &F = S.F;
  TSNode Node = S.Node;
  uint32_t End = S.End;
  Commands.push_back({Node, F.Func});
  std::string Name = commandName(Node, Text);
  recordCommandEffects(Node, Name, F.Where, F.Func);
  int Called = Name.empty() ? -1 : functionNamed(Name);
  if (Called >= 0 && Called != F.Func)
    Functions[Called].CallSites.push_back({End, F.Where, F.Func});
  // `X=1 cmd`: the assignment is cmd's environment only; look inside its value, not at it.
  model::forEachNamedChild(Node, [&](TSNode Child) {
    if (model::isKind(Child, shell::kind::VariableAssignment)) {
      TSNode Value = model::childByField(Child, shell::field::Value);
      if (!ts_node_is_null(Value))
        S.push(Value, F.Where, F.Func);
      return true;
    }
    S.push(Child, F.Where, F.Func);
    return true;
  });
}

/// What a command does to variables: `read X`, `mapfile X`, `getopts o X`, `printf -v X`, `unset X` may leave
/// them empty; `set -u`/`set +u` (-o nounset) switch nounset; `trap NAME` is a call of the function NAME (it
/// runs later, with whatever holds when the script ends).
void ShellDataflow::recordCommandEffects(TSNode Node, const std::string &Name, const Region &Where, int Func) {
  // Only these commands change variables: the others need not list their arguments.
  if (Name != "read" && Name != "mapfile" && Name != "readarray" && Name != "getopts" && Name != "printf" &&
      Name != "unset" && Name != "set" && Name != "trap")
    return;
  uint32_t End = ts_node_end_byte(Node);
  auto IsLocal = [&](const std::string &Var) { return Func >= 0 && Locals.count({Func, Var}); };
  std::vector<TSNode> Args = commandArguments(Node);
  auto Literal = [&](size_t I) {
    bool IsLiteral = false;
    std::string Word = literalWord(Args[I], Text, IsLiteral);
    return IsLiteral ? Word : std::string("$");
  };
  auto MarkEmpty = [&](const std::string &Var) {
    if (isIdentifier(Var))
      addEvent(Var, End, Where, Func, Emptiness::MaybeEmpty, TSNode{}, !IsLocal(Var));
  };
  if (Name == "read") {
    for (size_t I = 0; I < Args.size(); ++I) {
      std::string Word = Literal(I);
      if (Word.size() == 2 && Word[0] == '-' && std::strchr("adinNptu", Word[1]))
        ++I; // an option with a value
      else if (Word.empty() || Word[0] != '-')
        MarkEmpty(Word);
    }
  } else if ((Name == "mapfile" || Name == "readarray") && !Args.empty()) {
    MarkEmpty(Literal(Args.size() - 1));
  } else if (Name == "getopts" && Args.size() >= 2) {
    MarkEmpty(Literal(1));
  } else if (Name == "printf" && Args.size() >= 2 && Literal(0) == "-v") {
    MarkEmpty(Literal(1));
  } else if (Name == "unset") {
    for (size_t I = 0; I < Args.size(); ++I)
      if (Literal(I) == "-f")
        break;
      else
        MarkEmpty(Literal(I));
  } else if (Name == "set") {
    for (size_t I = 0; I < Args.size(); ++I) {
      std::string Word = Literal(I);
      if (Word == "--" || Word == "-")
        break;
      if ((Word == "-o" || Word == "+o") && I + 1 < Args.size()) {
        if (Literal(I + 1) == "nounset")
          addEvent(std::string(NounsetVar), End, Where, Func,
                   Word[0] == '-' ? Emptiness::NonEmpty : Emptiness::MaybeEmpty);
        ++I;
        continue;
      }
      if (Word.size() > 1 && (Word[0] == '-' || Word[0] == '+') && Word.find('u') != std::string::npos)
        addEvent(std::string(NounsetVar), End, Where, Func,
                 Word[0] == '-' ? Emptiness::NonEmpty : Emptiness::MaybeEmpty);
      // `set -euo pipefail`: the `o` takes the next word.
      if (Word.size() > 1 && (Word[0] == '-' || Word[0] == '+') && Word.back() == 'o')
        ++I;
    }
  } else if (Name == "trap" && !Args.empty()) {
    // `trap cleanup EXIT`: the function runs later, with whatever holds when the script ends; taken as a call
    // at the trap.
    bool IsLiteral = false;
    std::string Action = literalWord(Args[0], Text, IsLiteral);
    size_t At = 0;
    while (At < Action.size()) {
      size_t Stop = Action.find_first_of(" ;\t\n", At);
      std::string Word = Action.substr(At, Stop == std::string::npos ? std::string::npos : Stop - At);
      int Called = functionNamed(Word);
      if (Called >= 0 && Called != Func)
        Functions[Called].CallSites.push_back({End, Where, Func});
      if (Stop == std::string::npos)
        break;
      At = Stop + 1;
    }
  }
}

void ShellDataflow::propagateCalls() {
  // Two rounds: a function's events reach its callers, and their callers.
  std::vector<std::pair<std::string, Event>> Fresh;
  for (auto &[Name, List] : Events)
    for (const Event &E : List)
      Fresh.push_back({Name, E});
  for (int Round = 0; Round < 2 && !Fresh.empty(); ++Round) {
    std::vector<std::pair<std::string, Event>> Next;
    for (const auto &[Name, E] : Fresh) {
      if (E.Function < 0 || !E.Propagates)
        continue;
      const Function &Fn = Functions[E.Function];
      // A conditional event inside the function is conditional at the call too.
      bool Sure = E.Where.Begin == Fn.Body.Begin && E.Where.End == Fn.Body.End;
      unsigned Count = 0;
      for (const CallSite &Call : Fn.CallSites) {
        if (++Count > MaxCallSites)
          break;
        Event Copy = E;
        Copy.Offset = Call.Offset;
        Copy.Where = Sure ? Call.Where : Region{0, 0};
        Copy.Function = Call.Function;
        if (Copy.ValueFunction == -2) {
          Copy.ValueOffset = ts_node_is_null(E.Value) ? 0 : ts_node_start_byte(E.Value);
          Copy.ValueFunction = E.Function;
        }
        Next.push_back({Name, Copy});
      }
    }
    for (const auto &[Name, E] : Next)
      Events[Name].push_back(E);
    Fresh = std::move(Next);
  }
}

Emptiness ShellDataflow::judgeEvent(const Event &E, unsigned Depth) const {
  if (ts_node_is_null(E.Value))
    return E.State;
  return judgeValue(E.Value, E.ValueOffset ? E.ValueOffset : ts_node_start_byte(E.Value),
                    E.ValueFunction == -2 ? E.Function : E.ValueFunction, Depth + 1);
}

Emptiness ShellDataflow::judgeValue(TSNode Value, uint32_t Offset, int Func, unsigned Depth) const {
  std::vector<WordPart> Parts = wordParts(Value, Text);
  if (Parts.empty())
    return Emptiness::MaybeEmpty;
  // The value's head decides: X="/opt/$Y" is non-empty; X="$Y/" may be "/" and X="$Y" may be "".
  const WordPart &Head = Parts[0];
  if (Head.PartKind == WordPart::Kind::Literal)
    return Head.Text.empty() && Parts.size() == 1 ? Emptiness::MaybeEmpty
           : Head.Text.empty()                    ? partEmptiness(Parts[1], Offset, Func, Depth)
                                                  : Emptiness::NonEmpty;
  return partEmptiness(Head, Offset, Func, Depth);
}

Emptiness ShellDataflow::partEmptiness(const WordPart &Part, uint32_t Offset, int Func, unsigned Depth) const {
  if (Part.PartKind == WordPart::Kind::Literal)
    return Part.Text.empty() ? Emptiness::MaybeEmpty : Emptiness::NonEmpty;
  if (Part.PartKind == WordPart::Kind::Computed) {
    if (!model::isKind(Part.Node, shell::kind::CommandSubstitution))
      return Emptiness::NonEmpty; // $((...)) is a number, <(...) a /dev/fd path
    // $(mktemp -d), $(pwd), $(cd "$(dirname "$0")" && pwd): the last command prints something.
    TSNode Last = ts_node_named_child(Part.Node, ts_node_named_child_count(Part.Node) - 1);
    for (unsigned I = 0; I < 8 && !ts_node_is_null(Last) && model::isKind(Last, shell::kind::List); ++I)
      Last = ts_node_named_child(Last, ts_node_named_child_count(Last) - 1);
    if (!ts_node_is_null(Last) && model::isKind(Last, shell::kind::Command)) {
      std::string Name = effectiveCommand(Last, Text).Name;
      if (std::find(NonEmptyOutputCommands.begin(), NonEmptyOutputCommands.end(), Name) != NonEmptyOutputCommands.end())
        return Emptiness::NonEmpty;
    }
    return Emptiness::MaybeEmpty;
  }
  const std::string &Var = Part.Variable;
  const std::string &Op = Part.Operator;
  if (Part.FailsIfEmpty || Op == "#len")
    return Emptiness::NonEmpty;
  if ((Op == ":-" || Op == ":=") && Part.HasNonEmptyDefault)
    return Emptiness::NonEmpty;
  if ((Op == ":-" || Op == ":=") && !ts_node_is_null(Part.Node)) {
    // ${X:-$Y/build}: non-empty when the default is, or else when X is.
    TSNode Default = ts_node_named_child(Part.Node, ts_node_named_child_count(Part.Node) - 1);
    if (!ts_node_is_null(Default) && !model::isKind(Default, shell::kind::VariableName) &&
        judgeValue(Default, Offset, Func, Depth + 1) == Emptiness::NonEmpty)
      return Emptiness::NonEmpty;
    return resolve(Var, Offset, Func, Depth + 1) == Emptiness::NonEmpty ? Emptiness::NonEmpty : Emptiness::MaybeEmpty;
  }
  if (Op == ":+" || Op == "+" || Op == "!indirect")
    return Emptiness::MaybeEmpty; // an alternative, an indirection
  if (Var == "$" || Var == "#" || Var == "?" || Var == "-" ||
      std::find(AlwaysSetVariables.begin(), AlwaysSetVariables.end(), Var) != AlwaysSetVariables.end())
    return Emptiness::NonEmpty;
  if (Var == "@" || Var == "*" || Var == "!" || Var.empty())
    return Emptiness::MaybeEmpty;
  Emptiness State = resolve(Var, Offset, Func, Depth + 1);
  // ${X-d}/${X=d}: an unset X becomes d; a set but empty one stays empty.
  if ((Op == "-" || Op == "=") && Part.HasNonEmptyDefault && State == Emptiness::Unknown)
    return Emptiness::NonEmpty;
  // Trimming (${X%/}, ${X#./} ...) is taken to keep a non-empty value non-empty.
  return State;
}

Emptiness ShellDataflow::resolve(const std::string &Var, uint32_t Offset, int Func, unsigned Depth) const {
  bool Positional = !Var.empty() && Var[0] >= '1' && Var[0] <= '9';
  Emptiness Initial =
      Var == NounsetVar ? (ShebangNounset ? Emptiness::NonEmpty : Emptiness::MaybeEmpty) : Emptiness::Unknown;
  if (Depth > MaxResolveDepth || Budget == 0)
    return Emptiness::MaybeEmpty;
  --Budget;
  std::optional<Emptiness> Acc;
  auto It = Events.find(Var);
  if (It != Events.end()) {
    const std::vector<Event> &List = It->second;
    auto Past =
        std::upper_bound(List.begin(), List.end(), Offset, [](uint32_t O, const Event &E) { return O < E.Offset; });
    unsigned Looked = 0;
    for (auto E = Past; E != List.begin();) {
      --E;
      if (E->Function != Func)
        continue;
      if (++Looked > MaxEventsPerQuery)
        return Emptiness::MaybeEmpty;
      Emptiness State = judgeEvent(*E, Depth);
      Acc = Acc ? join(*Acc, State) : State;
      if (E->Where.contains(Offset) || *Acc == Emptiness::MaybeEmpty)
        return *Acc;
    }
  }
  Emptiness Outer = Initial;
  if (Func >= 0) {
    // Inside a function: `$1` is its argument; anything else is what holds where it is called.
    const Function &Fn = Functions[Func];
    if (Positional) {
      Outer = Emptiness::MaybeEmpty;
    } else if (Fn.CallSites.empty()) {
      Outer = resolve(Var, Fn.DefinedAt, Fn.DefinedIn, Depth + 1);
    } else {
      std::optional<Emptiness> AtCalls;
      unsigned Count = 0;
      for (const CallSite &Call : Fn.CallSites) {
        if (++Count > MaxCallSites)
          break;
        Emptiness State = resolve(Var, Call.Offset, Call.Function, Depth + 1);
        AtCalls = AtCalls ? join(*AtCalls, State) : State;
      }
      Outer = *AtCalls;
    }
  }
  return Acc ? join(*Acc, Outer) : Outer;
}

Emptiness ShellDataflow::emptinessAt(std::string_view Var, uint32_t Offset, int Function) const {
  Budget = ResolveBudget;
  return resolve(std::string(Var), Offset, Function, 0);
}

bool ShellDataflow::nounsetAt(uint32_t Offset, int Function) const {
  Budget = ResolveBudget;
  return resolve(std::string(NounsetVar), Offset, Function, 0) == Emptiness::NonEmpty;
}

bool ShellDataflow::mayBeEmpty(const WordPart &Part, int Function) const {
  uint32_t Offset = ts_node_is_null(Part.Node) ? 0 : ts_node_start_byte(Part.Node);
  Budget = ResolveBudget;
  Emptiness State = partEmptiness(Part, Offset, Function, 0);
  if (State == Emptiness::NonEmpty)
    return false;
  // Never set by the script: unset aborts under `set -u` and at ${X?}; an exported empty value is the case
  // left (documented).
  if (State == Emptiness::Unknown && (Part.Operator == "?" || nounsetAt(Offset, Function)))
    return false;
  return true;
}

} // namespace blastradius::shell

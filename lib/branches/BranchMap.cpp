#include "BranchMap.h"

#include "AnalysisLimits.h"

#include "model/FlatTree.h"
#include "model/TreeSitterUtil.h"
#include "python/PythonKinds.h"
#include "shell/BashKinds.h"

#include <algorithm>
#include <initializer_list>

namespace blastradius {

namespace {

using model::isKind;
namespace sh = shell::kind;
namespace py = python::kind;
using model::allChildren;
using model::namedChildren;
using model::nodeText;

/// Deeper trees are not walked further: no real script nests its branches this deep.
constexpr unsigned MaxDepth = 400;

/// Text on one line, whitespace runs collapsed, cut at ~80 characters.
std::string oneLine(std::string_view Text) {
  std::string Out;
  bool Space = false;
  for (char C : Text) {
    if (C == '\n' || C == '\r' || C == '\t' || C == ' ') {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out += ' ';
    Space = false;
    Out += C;
    if (Out.size() > 80) {
      Out += "...";
      break;
    }
  }
  return Out;
}

bool isComment(TSNode N) { return isKind(N, sh::Comment); }

/// The kinds visit() records something for; a flattened walk calls it for no other node (most
/// nodes are words, strings and punctuation: asking each its kind five times cost more than the
/// whole rest of the branch map).
const model::SymbolTable<bool> &visitedKinds(bool Python) {
  auto Table = [](std::initializer_list<const model::SyntaxKind *> Kinds) {
    return model::SymbolTable<bool>((*Kinds.begin())->language(), [&](TSSymbol Symbol) {
      return std::any_of(Kinds.begin(), Kinds.end(), [&](const model::SyntaxKind *K) { return K->matchesSymbol(Symbol); });
    });
  };
  static const model::SymbolTable<bool> Shell =
      Table({&sh::FunctionDefinition, &sh::IfStatement, &sh::CaseItem, &sh::List, &sh::Command});
  static const model::SymbolTable<bool> PythonKinds =
      Table({&py::FunctionDefinition, &py::IfStatement, &py::ElifClause, &py::ElseClause, &py::ExceptClause,
             &py::ExceptGroupClause, &py::CaseClause, &py::Call});
  return Python ? PythonKinds : Shell;
}

class Builder {
public:
  Builder(std::string_view Language, std::string_view Text) : Python(Language == "python"), Text(Text) {}

  BranchMap build(TSNode Root) {
    // Inside an analysis the file's flattened tree is at hand: one scan of the array.
    if (const model::FlatTree *Flat = model::FlatTreeScope::forNode(Root)) {
      uint32_t Index = Flat->indexOf(Root);
      if (Index != UINT32_MAX) {
        buildFromFlat(Flat->entries(), Index);
        return std::move(Map);
      }
    }
    // (node, enclosing function, depth), walked in document order.
    struct Item {
      TSNode Node;
      int Function;
      unsigned Depth;
    };
    std::vector<Item> Stack{{Root, -1, 0}};
    while (!Stack.empty()) {
      Item Current = Stack.back();
      Stack.pop_back();
      int Function = visit(Current.Node, Current.Function);
      if (Current.Depth >= MaxDepth) {
        noteAnalysisLimit("branches nested deeper than 400 levels");
        continue;
      }
      model::NodeList Children = namedChildren(Current.Node);
      for (auto It = Children.rbegin(); It != Children.rend(); ++It)
        Stack.push_back({*It, Function, Current.Depth + 1});
    }
    return std::move(Map);
  }

private:
  /// The same walk over the preorder array: named nodes only (the walk above descends through
  /// named children), each with the function and depth of its nearest named ancestor.
  void buildFromFlat(model::FlatTree::EntryView Nodes, uint32_t RootIndex) {
    struct Open {
      uint32_t SubtreeEnd;
      int Function;
      unsigned Depth;
    };
    std::vector<Open> Ancestors;
    const model::SymbolTable<bool> &Visited = visitedKinds(Python);
    bool Dispatch = Visited.covers(Nodes[RootIndex].Node);
    model::VisitingNode Current;
    const TSLanguage *Language = ts_tree_language(Nodes[RootIndex].Node.tree);
    for (uint32_t I = RootIndex, End = Nodes[RootIndex].SubtreeEnd; I < End;) {
      while (!Ancestors.empty() && I >= Ancestors.back().SubtreeEnd)
        Ancestors.pop_back();
      const model::FlatTree::Entry &E = Nodes[I];
      if (I != RootIndex && !E.Named) {
        I = E.SubtreeEnd;
        continue;
      }
      unsigned Depth = Ancestors.empty() ? 0 : Ancestors.back().Depth + 1;
      int Function = Ancestors.empty() ? -1 : Ancestors.back().Function;
      if (!Dispatch || Visited.ofSymbol(E.Symbol)) {
        Current.set(E.Node, E.Symbol, Language);
        Function = visit(E.Node, Function);
      }
      if (Depth >= MaxDepth) {
        noteAnalysisLimit("branches nested deeper than 400 levels");
        I = E.SubtreeEnd;
        continue;
      }
      Ancestors.push_back({E.SubtreeEnd, Function, Depth});
      ++I;
    }
  }

  /// Records what N is (a function, a branch, a call); returns the function its children are in.
  int visit(TSNode N, int Function) {
    if (isKind(N, Python ? py::FunctionDefinition : sh::FunctionDefinition)) {
      TSNode Name = ts_node_child_by_field_name(N, "name", 4);
      Map.Functions.push_back({std::string(nodeText(Name, Text)), ts_node_start_byte(N), ts_node_end_byte(N)});
      Function = static_cast<int>(Map.Functions.size()) - 1;
    }
    if (Python)
      visitPython(N, Function);
    else
      visitShell(N, Function);
    return Function;
  }

  void add(const char *Kind, size_t CondBegin, size_t CondEnd, size_t BodyBegin, size_t BodyEnd, bool Failure,
           int Function, std::string Condition) {
    if (BodyEnd <= BodyBegin)
      return;
    CodeBranch B;
    B.Kind = Kind;
    B.Condition = std::move(Condition);
    B.ConditionBegin = CondBegin;
    B.ConditionEnd = CondEnd;
    B.BodyBegin = BodyBegin;
    B.BodyEnd = BodyEnd;
    B.HandlesFailure = Failure;
    B.Function = Function;
    Map.Branches.push_back(std::move(B));
  }

  // ------------------------------------------------------------------ shell

  /// Whether a shell condition succeeds exactly when something failed: `! cmd`, `[ $? -ne 0 ]`.
  bool shellConditionMeansFailure(const std::vector<TSNode> &Condition) const {
    if (Condition.size() != 1)
      return false;
    if (isKind(Condition[0], sh::NegatedCommand))
      return true;
    std::string_view T = nodeText(Condition[0], Text);
    return T.find("$?") != std::string_view::npos &&
           (T.find("-ne 0") != std::string_view::npos || T.find("!= 0") != std::string_view::npos ||
            T.find("-gt 0") != std::string_view::npos);
  }

  /// Whether a shell condition is a command whose failure the else arm handles (not a test).
  bool shellConditionIsCommand(const std::vector<TSNode> &Condition) const {
    return Condition.size() == 1 && (isKind(Condition[0], sh::Command) || isKind(Condition[0], sh::Pipeline));
  }

  /// if/elif: split the clause's children at `then`; the body ends before elif/else/fi.
  void shellConditional(TSNode Clause, const char *Kind, int Function, bool &ElseHandlesFailure) {
    std::vector<TSNode> Condition;
    size_t BodyBegin = 0, BodyEnd = 0;
    bool InBody = false;
    for (TSNode Child : allChildren(Clause)) {
      if (!ts_node_is_named(Child)) {
        if (std::string_view(ts_node_type(Child)) == "then")
          InBody = true;
        continue;
      }
      if (isKind(Child, sh::ElifClause) || isKind(Child, sh::ElseClause))
        break;
      if (isComment(Child))
        continue;
      if (!InBody) {
        Condition.push_back(Child);
        continue;
      }
      if (BodyEnd == 0)
        BodyBegin = ts_node_start_byte(Child);
      BodyEnd = ts_node_end_byte(Child);
    }
    if (Condition.empty())
      return;
    size_t CondBegin = ts_node_start_byte(Condition.front()), CondEnd = ts_node_end_byte(Condition.back());
    bool Failure = shellConditionMeansFailure(Condition);
    add(Kind, ts_node_start_byte(Clause), CondEnd, BodyBegin, BodyEnd, Failure, Function,
        std::string(Kind) + " " + oneLine(Text.substr(CondBegin, CondEnd - CondBegin)));
    // `if cmd; then ...; else <runs when cmd failed>; fi`.
    ElseHandlesFailure = shellConditionIsCommand(Condition);
    LastCondition = oneLine(Text.substr(CondBegin, CondEnd - CondBegin));
  }

  void visitShell(TSNode N, int Function) {
    if (isKind(N, sh::IfStatement)) {
      size_t FirstArm = Map.Branches.size();
      bool ElseHandlesFailure = false;
      shellConditional(N, "if", Function, ElseHandlesFailure);
      for (TSNode Child : namedChildren(N)) {
        if (isKind(Child, sh::ElifClause)) {
          bool Ignored = false;
          shellConditional(Child, "elif", Function, Ignored);
          ElseHandlesFailure = false; // the else runs when every test failed: no single command
        } else if (isKind(Child, sh::ElseClause)) {
          std::vector<TSNode> Body;
          for (TSNode Statement : namedChildren(Child))
            if (!isComment(Statement))
              Body.push_back(Statement);
          if (!Body.empty())
            add("else", ts_node_start_byte(Child), ts_node_start_byte(Child) + 4, ts_node_start_byte(Body.front()),
                ts_node_end_byte(Body.back()), ElseHandlesFailure, Function, "else of if " + LastCondition);
        }
      }
      for (size_t I = FirstArm; I < Map.Branches.size(); ++I)
        Map.Branches[I].Statement = ts_node_start_byte(N) + 1;
      return;
    }
    if (isKind(N, sh::CaseItem)) {
      TSNode Value = ts_node_child_by_field_name(N, "value", 5);
      std::vector<TSNode> Body;
      for (TSNode Child : namedChildren(N))
        if (!isComment(Child) && ts_node_start_byte(Child) > ts_node_end_byte(Value))
          Body.push_back(Child);
      if (!ts_node_is_null(Value) && !Body.empty())
        add("case", ts_node_start_byte(Value), ts_node_end_byte(Value), ts_node_start_byte(Body.front()),
            ts_node_end_byte(Body.back()), false, Function, "case " + oneLine(nodeText(Value, Text)) + ")");
      return;
    }
    if (isKind(N, sh::List)) {
      // `left || right` / `left && right`: the right side is the branch.
      model::NodeList Children = allChildren(N);
      for (size_t I = 1; I + 1 < Children.size(); ++I) {
        std::string_view Operator = ts_node_type(Children[I]);
        if (Operator != "||" && Operator != "&&")
          continue;
        TSNode Left = Children[I - 1], Right = Children[I + 1];
        // In `a && b || c` the fallback runs when `a && b` failed: name its last command.
        TSNode Named = Left;
        while (isKind(Named, sh::List) && ts_node_named_child_count(Named) > 0)
          Named = ts_node_named_child(Named, ts_node_named_child_count(Named) - 1);
        add(Operator == "||" ? "||" : "&&", ts_node_start_byte(Named), ts_node_end_byte(Children[I]),
            ts_node_start_byte(Right), ts_node_end_byte(Right), Operator == "||", Function,
            oneLine(nodeText(Named, Text)) + " " + std::string(Operator));
      }
      return;
    }
    if (isKind(N, sh::Command)) {
      TSNode Name = ts_node_child_by_field_name(N, "name", 4);
      if (!ts_node_is_null(Name))
        Map.Calls.push_back({std::string(nodeText(Name, Text)), ts_node_start_byte(N), ts_node_end_byte(N)});
    }
  }

  // ------------------------------------------------------------------ python

  void pythonArm(TSNode Clause, const char *Kind, TSNode Condition, TSNode Body, bool Failure, int Function) {
    if (ts_node_is_null(Body))
      return;
    size_t CondEnd = ts_node_is_null(Condition) ? ts_node_start_byte(Clause) + std::string_view(Kind).size()
                                                : ts_node_end_byte(Condition);
    std::string Written = Kind;
    if (!ts_node_is_null(Condition))
      Written += " " + oneLine(nodeText(Condition, Text));
    add(Kind, ts_node_start_byte(Clause), CondEnd, ts_node_start_byte(Body), ts_node_end_byte(Body), Failure,
        Function, Written);
  }

  /// The arm just added belongs to the if statement N is (or is an elif/else clause of).
  void markStatement(TSNode N) {
    TSNode Statement = isKind(N, py::IfStatement) ? N : ts_node_parent(N);
    if (Map.Branches.empty() || !isKind(Statement, py::IfStatement))
      return;
    CodeBranch &Arm = Map.Branches.back();
    if (Arm.ConditionBegin == ts_node_start_byte(N))
      Arm.Statement = ts_node_start_byte(Statement) + 1;
  }

  void visitPython(TSNode N, int Function) {
    if (isKind(N, py::IfStatement) || isKind(N, py::ElifClause)) {
      const char *Kind = isKind(N, py::IfStatement) ? "if" : "elif";
      pythonArm(N, Kind, ts_node_child_by_field_name(N, "condition", 9),
                ts_node_child_by_field_name(N, "consequence", 11), false, Function);
      markStatement(N);
      return;
    }
    if (isKind(N, py::ElseClause)) {
      // The else of a try runs when nothing failed; of if/for/while, when the test was false.
      pythonArm(N, "else", TSNode{}, ts_node_child_by_field_name(N, "body", 4), false, Function);
      markStatement(N);
      return;
    }
    if (isKind(N, py::ExceptClause) || isKind(N, py::ExceptGroupClause)) {
      TSNode Value = ts_node_child_by_field_name(N, "value", 5);
      TSNode Body = model::childOfKind(N, py::Block);
      pythonArm(N, "except", Value, Body, true, Function);
      return;
    }
    if (isKind(N, py::CaseClause)) {
      TSNode Pattern = model::childOfKind(N, py::CasePattern);
      pythonArm(N, "case", Pattern, ts_node_child_by_field_name(N, "consequence", 11), false, Function);
      return;
    }
    if (isKind(N, py::Call)) {
      TSNode Callee = ts_node_child_by_field_name(N, "function", 8);
      // `helper()` and `self.helper()`: the name a function of this file is called by.
      if (isKind(Callee, py::Attribute))
        Callee = ts_node_child_by_field_name(Callee, "attribute", 9);
      if (isKind(Callee, py::Identifier))
        Map.Calls.push_back({std::string(nodeText(Callee, Text)), ts_node_start_byte(N), ts_node_end_byte(N)});
    }
  }

  bool Python;
  /// The condition of the last if/elif seen, to name an else arm.
  std::string LastCondition;
  std::string_view Text;
  BranchMap Map;
};

} // namespace

bool hasBranchMap(std::string_view Language) { return Language == "bash" || Language == "python"; }

BranchMap buildBranchMap(std::string_view Language, TSNode Root, std::string_view Text) {
  if (!hasBranchMap(Language) || ts_node_is_null(Root))
    return {};
  return Builder(Language, Text).build(Root);
}

} // namespace blastradius

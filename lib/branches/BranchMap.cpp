#include "BranchMap.h"

#include "AnalysisLimits.h"

#include "model/TreeSitterUtil.h"

#include <algorithm>

namespace blastradius {

namespace {

using model::isType;
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

/// All children (named and anonymous), in order.
std::vector<TSNode> allChildren(TSNode N) {
  std::vector<TSNode> Children;
  uint32_t Count = ts_node_child_count(N);
  Children.reserve(Count);
  TSTreeCursor Cursor = ts_tree_cursor_new(N);
  if (ts_tree_cursor_goto_first_child(&Cursor)) {
    do
      Children.push_back(ts_tree_cursor_current_node(&Cursor));
    while (ts_tree_cursor_goto_next_sibling(&Cursor));
  }
  ts_tree_cursor_delete(&Cursor);
  return Children;
}

bool isComment(TSNode N) { return isType(N, "comment"); }

class Builder {
public:
  Builder(std::string_view Language, std::string_view Text) : Python(Language == "python"), Text(Text) {}

  BranchMap build(TSNode Root) {
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
      int Function = Current.Function;
      if (isType(Current.Node, "function_definition")) {
        TSNode Name = ts_node_child_by_field_name(Current.Node, "name", 4);
        Map.Functions.push_back({std::string(nodeText(Name, Text)), ts_node_start_byte(Current.Node),
                                 ts_node_end_byte(Current.Node)});
        Function = static_cast<int>(Map.Functions.size()) - 1;
      }
      if (Python)
        visitPython(Current.Node, Function);
      else
        visitShell(Current.Node, Function);
      if (Current.Depth >= MaxDepth) {
        noteAnalysisLimit("branches nested deeper than 400 levels");
        continue;
      }
      std::vector<TSNode> Children = namedChildren(Current.Node);
      for (auto It = Children.rbegin(); It != Children.rend(); ++It)
        Stack.push_back({*It, Function, Current.Depth + 1});
    }
    return std::move(Map);
  }

private:
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
    if (isType(Condition[0], "negated_command"))
      return true;
    std::string_view T = nodeText(Condition[0], Text);
    return T.find("$?") != std::string_view::npos &&
           (T.find("-ne 0") != std::string_view::npos || T.find("!= 0") != std::string_view::npos ||
            T.find("-gt 0") != std::string_view::npos);
  }

  /// Whether a shell condition is a command whose failure the else arm handles (not a test).
  bool shellConditionIsCommand(const std::vector<TSNode> &Condition) const {
    return Condition.size() == 1 && (isType(Condition[0], "command") || isType(Condition[0], "pipeline"));
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
      if (isType(Child, "elif_clause") || isType(Child, "else_clause"))
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
    if (isType(N, "if_statement")) {
      size_t FirstArm = Map.Branches.size();
      bool ElseHandlesFailure = false;
      shellConditional(N, "if", Function, ElseHandlesFailure);
      for (TSNode Child : namedChildren(N)) {
        if (isType(Child, "elif_clause")) {
          bool Ignored = false;
          shellConditional(Child, "elif", Function, Ignored);
          ElseHandlesFailure = false; // the else runs when every test failed: no single command
        } else if (isType(Child, "else_clause")) {
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
    if (isType(N, "case_item")) {
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
    if (isType(N, "list")) {
      // `left || right` / `left && right`: the right side is the branch.
      std::vector<TSNode> Children = allChildren(N);
      for (size_t I = 1; I + 1 < Children.size(); ++I) {
        std::string_view Operator = ts_node_type(Children[I]);
        if (Operator != "||" && Operator != "&&")
          continue;
        TSNode Left = Children[I - 1], Right = Children[I + 1];
        // In `a && b || c` the fallback runs when `a && b` failed: name its last command.
        TSNode Named = Left;
        while (isType(Named, "list") && ts_node_named_child_count(Named) > 0)
          Named = ts_node_named_child(Named, ts_node_named_child_count(Named) - 1);
        add(Operator == "||" ? "||" : "&&", ts_node_start_byte(Named), ts_node_end_byte(Children[I]),
            ts_node_start_byte(Right), ts_node_end_byte(Right), Operator == "||", Function,
            oneLine(nodeText(Named, Text)) + " " + std::string(Operator));
      }
      return;
    }
    if (isType(N, "command")) {
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
    TSNode Statement = isType(N, "if_statement") ? N : ts_node_parent(N);
    if (Map.Branches.empty() || !isType(Statement, "if_statement"))
      return;
    CodeBranch &Arm = Map.Branches.back();
    if (Arm.ConditionBegin == ts_node_start_byte(N))
      Arm.Statement = ts_node_start_byte(Statement) + 1;
  }

  void visitPython(TSNode N, int Function) {
    if (isType(N, "if_statement") || isType(N, "elif_clause")) {
      const char *Kind = isType(N, "if_statement") ? "if" : "elif";
      pythonArm(N, Kind, ts_node_child_by_field_name(N, "condition", 9),
                ts_node_child_by_field_name(N, "consequence", 11), false, Function);
      markStatement(N);
      return;
    }
    if (isType(N, "else_clause")) {
      // The else of a try runs when nothing failed; of if/for/while, when the test was false.
      pythonArm(N, "else", TSNode{}, ts_node_child_by_field_name(N, "body", 4), false, Function);
      markStatement(N);
      return;
    }
    if (isType(N, "except_clause") || isType(N, "except_group_clause")) {
      TSNode Value = ts_node_child_by_field_name(N, "value", 5);
      TSNode Body = model::childOfType(N, "block");
      pythonArm(N, "except", Value, Body, true, Function);
      return;
    }
    if (isType(N, "case_clause")) {
      TSNode Pattern = model::childOfType(N, "case_pattern");
      pythonArm(N, "case", Pattern, ts_node_child_by_field_name(N, "consequence", 11), false, Function);
      return;
    }
    if (isType(N, "call")) {
      TSNode Callee = ts_node_child_by_field_name(N, "function", 8);
      // `helper()` and `self.helper()`: the name a function of this file is called by.
      if (isType(Callee, "attribute"))
        Callee = ts_node_child_by_field_name(Callee, "attribute", 9);
      if (isType(Callee, "identifier"))
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

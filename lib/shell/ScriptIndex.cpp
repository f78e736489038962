// The statement list of ScriptIndex.h: read off the flattened tree when there is one, else with a
// cursor walk (a tree too big to flatten); both give the same list.
#include "shell/ScriptIndex.h"

#include "model/FlatTree.h"
#include "shell/BashFields.h"
#include "shell/BashKinds.h"
#include "shell/CommandNameGate.h"

#include <algorithm>

namespace blastradius::shell {

namespace {

/// What a node is to the walk, looked up once per node by symbol.
enum class Role : uint8_t { Other, Command, Assignment, Text, List, Negated, IfLike, Then };

/// The role of one symbol of the bash grammar (for the table built once per process).
Role roleOfSymbol(TSSymbol Symbol) {
  if (kind::Command.matchesSymbol(Symbol))
    return Role::Command;
  if (kind::VariableAssignment.matchesSymbol(Symbol) || kind::DeclarationCommand.matchesSymbol(Symbol))
    return Role::Assignment;
  if (kind::Comment.matchesSymbol(Symbol) || kind::HeredocBody.matchesSymbol(Symbol) ||
      kind::RawString.matchesSymbol(Symbol))
    return Role::Text;
  if (kind::List.matchesSymbol(Symbol))
    return Role::List;
  if (kind::NegatedCommand.matchesSymbol(Symbol))
    return Role::Negated;
  if (kind::IfStatement.matchesSymbol(Symbol) || kind::ElifClause.matchesSymbol(Symbol))
    return Role::IfLike;
  if (kind::Then.matchesSymbol(Symbol))
    return Role::Then;
  return Role::Other;
}

/// The role of N compared kind by kind: a tree of another grammar (never a bash analysis in
/// practice, but SyntaxKind answers for any tree).
Role slowRoleOf(TSNode N) {
  if (isKind(N, kind::Command))
    return Role::Command;
  if (isKind(N, kind::VariableAssignment) || isKind(N, kind::DeclarationCommand))
    return Role::Assignment;
  if (isKind(N, kind::Comment) || isKind(N, kind::HeredocBody) || isKind(N, kind::RawString))
    return Role::Text;
  if (isKind(N, kind::List))
    return Role::List;
  if (isKind(N, kind::NegatedCommand))
    return Role::Negated;
  if (isKind(N, kind::IfStatement) || isKind(N, kind::ElifClause))
    return Role::IfLike;
  if (isKind(N, kind::Then))
    return Role::Then;
  return Role::Other;
}

/// What the walk knows of a node for its children.
struct NodeState {
  Role NodeRole = Role::Other;
  bool Exempt = false, InList = false, InText = false;
  /// An if/elif whose `then` has been passed: the children after it are its body.
  bool SawThen = false;
  uint32_t Depth = 0;
};

/// A named child's state from its parent's: the rules of the command walk (an if/while
/// condition, a `!` command and all but the last command of a list are exempt from errexit).
NodeState childState(const NodeState &Parent, Role ChildRole, bool ConditionField, bool LastNamed) {
  NodeState Child;
  Child.NodeRole = ChildRole;
  Child.Depth = Parent.Depth + 1;
  Child.InText = Parent.InText || Parent.NodeRole == Role::Text;
  Child.Exempt = Parent.Exempt;
  Child.InList = Parent.InList;
  if (ConditionField || Parent.NodeRole == Role::Negated || (Parent.NodeRole == Role::IfLike && !Parent.SawThen))
    Child.Exempt = true;
  if (Parent.NodeRole == Role::List) {
    Child.InList = true;
    Child.Exempt = LastNamed ? Parent.Exempt : true;
  }
  return Child;
}

} // namespace

ScriptIndex::ScriptIndex(TSNode Root, std::string_view Text) {
  if (ts_node_is_null(Root))
    return;
  static const model::SymbolTable<Role> Table(kind::Command.language(), roleOfSymbol);
  bool Fast = Table.covers(Root);
  auto RoleOf = [&](TSNode N) { return Fast ? Table.of(N) : slowRoleOf(N); };
  auto Record = [&](TSNode Node, TSNode Parent, const NodeState &State) {
    MaxDepth = std::max(MaxDepth, State.Depth);
    if (State.NodeRole == Role::Command)
      Statements.push_back({Node, Parent, Statement::Kind::Command, State.Exempt, State.InList, State.InText,
                            plainCommandName(Node, Text)});
    else if (State.NodeRole == Role::Assignment)
      Statements.push_back(
          {Node, Parent, Statement::Kind::Assignment, State.Exempt, State.InList, State.InText, std::nullopt});
  };

  const model::FlatTree *Flat = model::FlatTreeScope::forNode(Root);
  if (Flat && Flat->indexOf(Root) == 0) {
    // The preorder array: a parent's state is complete before its children come.
    const model::FlatTree::EntryView Nodes = Flat->entries();
    std::vector<NodeState> States(Nodes.size());
    States[0].NodeRole = RoleOf(Root);
    // The entries hold each node's symbol: one table read per node, no call into the tree.
    auto RoleOfEntry = [&](const model::FlatTree::Entry &E) { return Fast ? Table.ofSymbol(E.Symbol) : RoleOf(E.Node); };
    for (uint32_t I = 1; I < Nodes.size(); ++I) {
      const model::FlatTree::Entry &E = Nodes[I];
      NodeState &Parent = States[E.Parent];
      if (!E.Named) {
        if (RoleOfEntry(E) == Role::Then)
          Parent.SawThen = true;
        continue;
      }
      bool LastNamed = true;
      if (Parent.NodeRole == Role::List)
        for (uint32_t Next = E.SubtreeEnd; Next < Nodes[E.Parent].SubtreeEnd && LastNamed; Next = Nodes[Next].SubtreeEnd)
          LastNamed = !Nodes[Next].Named;
      States[I] = childState(Parent, RoleOfEntry(E), E.Field == field::Condition, LastNamed);
      Record(E.Node, Nodes[E.Parent].Node, States[I]);
    }
    return;
  }

  // A tree too big to flatten: the same walk with one cursor, children pushed in reverse so that
  // they come off the stack in source order.
  struct Frame {
    TSNode Node, Parent;
    NodeState State;
  };
  NodeState RootState;
  RootState.NodeRole = RoleOf(Root);
  std::vector<Frame> Stack = {{Root, TSNode{}, RootState}}, Children;
  std::vector<bool> Condition;
  TSTreeCursor Cursor = ts_tree_cursor_new(Root);
  while (!Stack.empty()) {
    Frame Current = Stack.back();
    Stack.pop_back();
    if (!ts_node_is_null(Current.Parent))
      Record(Current.Node, Current.Parent, Current.State);
    Children.clear();
    Condition.clear();
    ts_tree_cursor_reset(&Cursor, Current.Node);
    for (bool More = ts_tree_cursor_goto_first_child(&Cursor); More; More = ts_tree_cursor_goto_next_sibling(&Cursor)) {
      TSNode Child = ts_tree_cursor_current_node(&Cursor);
      if (!ts_node_is_named(Child)) {
        if (RoleOf(Child) == Role::Then)
          Current.State.SawThen = true;
        continue;
      }
      // The parent's state as this child sees it; the child's own is made below, once the last
      // named child is known.
      Children.push_back({Child, Current.Node, Current.State});
      Condition.push_back(ts_tree_cursor_current_field_id(&Cursor) == field::Condition);
    }
    for (size_t I = 0; I < Children.size(); ++I)
      Children[I].State =
          childState(Children[I].State, RoleOf(Children[I].Node), Condition[I], I + 1 == Children.size());
    Stack.insert(Stack.end(), Children.rbegin(), Children.rend());
  }
  ts_tree_cursor_delete(&Cursor);
}

} // namespace blastradius::shell

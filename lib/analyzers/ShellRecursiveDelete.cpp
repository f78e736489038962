#include "analyzers/ShellRecursiveDelete.h"

#include "Query.h"
#include "analyzers/ShellWords.h"

#include <array>
#include <cstring>
#include <functional>

namespace blastradius {

namespace {

using shell::WordPart;

/// -r, -R, -rf, -fR, --recursive ... (options end at "--").
bool isRecursiveOption(std::string_view Arg) {
  if (Arg == "--recursive")
    return true;
  if (Arg.size() < 2 || Arg[0] != '-' || Arg[1] == '-')
    return false;
  return Arg.find_first_of("rR") != std::string_view::npos;
}

/// Variables a shell always sets to a non-empty value by the time a script runs.
bool isAlwaysSet(std::string_view Name) {
  static const std::array<const char *, 2> Names = {"HOME", "PWD"};
  for (const char *Known : Names)
    if (Name == Known)
      return true;
  return false;
}

bool isType(TSNode Node, const char *Type) { return std::strcmp(ts_node_type(Node), Type) == 0; }

/// Visits every node of the tree in document order without recursion (deep trees must not
/// overflow the stack).
void forEachNode(TSNode Root, const std::function<void(TSNode)> &Visit) {
  TSTreeCursor Cursor = ts_tree_cursor_new(Root);
  for (;;) {
    Visit(ts_tree_cursor_current_node(&Cursor));
    if (ts_tree_cursor_goto_first_child(&Cursor))
      continue;
    while (!ts_tree_cursor_goto_next_sibling(&Cursor))
      if (!ts_tree_cursor_goto_parent(&Cursor)) {
        ts_tree_cursor_delete(&Cursor);
        return;
      }
  }
}

/// What the rest of the script says about a variable before the point of use.
struct VariableFacts {
  bool GuardedBefore = false;         // `: "${X:?}"` earlier in the script
  unsigned Assignments = 0;           // X=... anywhere
  unsigned NonEmptyLiteralAssignments = 0;
  bool AssignedBeforeUse = false;
  bool OtherWrites = false;           // read X, for X in, local X, declare X ...: not a plain literal
};

VariableFacts factsAbout(std::string_view Variable, const MatchContext &Context, uint32_t UseOffset) {
  VariableFacts Facts;
  forEachNode(Context.Root, [&](TSNode Node) {
    if (isType(Node, "expansion") && ts_node_end_byte(Node) <= UseOffset) {
      std::vector<WordPart> Parts = shell::wordParts(Node, Context.Text);
      if (Parts.size() == 1 && Parts[0].Variable == Variable && Parts[0].FailsIfEmpty)
        Facts.GuardedBefore = true;
      return;
    }
    if (isType(Node, "variable_assignment")) {
      TSNode Name = ts_node_child_by_field_name(Node, "name", 4);
      if (ts_node_is_null(Name) || nodeText(Name, Context.Text) != Variable)
        return;
      ++Facts.Assignments;
      TSNode Value = ts_node_child_by_field_name(Node, "value", 5);
      if (!ts_node_is_null(Value)) {
        // Non-empty for sure: it starts with literal text, or with ${X:-literal} / ${X:?}.
        std::vector<WordPart> Parts = shell::wordParts(Value, Context.Text);
        bool NonEmpty = !Parts.empty() && ((Parts[0].PartKind == WordPart::Kind::Literal && !Parts[0].Text.empty()) ||
                                           Parts[0].HasNonEmptyDefault || Parts[0].FailsIfEmpty);
        if (NonEmpty)
          ++Facts.NonEmptyLiteralAssignments;
      }
      if (ts_node_end_byte(Node) <= UseOffset)
        Facts.AssignedBeforeUse = true;
      return;
    }
    if (isType(Node, "for_statement") || isType(Node, "command")) {
      // `read X`, `for X in ...`, `mapfile X`, `getopts ... X` write X from run-time input.
      TSNode Name = ts_node_child_by_field_name(Node, "variable", 8);
      if (!ts_node_is_null(Name) && nodeText(Name, Context.Text) == Variable)
        Facts.OtherWrites = true;
      if (isType(Node, "command")) {
        std::string Command = shell::commandName(Node, Context.Text);
        if (Command == "read" || Command == "mapfile" || Command == "readarray" || Command == "getopts")
          for (TSNode Arg : shell::commandArguments(Node))
            if (nodeText(Arg, Context.Text) == Variable)
              Facts.OtherWrites = true;
      }
    }
  });
  return Facts;
}

/// Whether an expansion at the head of a path may produce nothing at run time.
bool mayBeEmpty(const WordPart &Head, const MatchContext &Context) {
  if (Head.PartKind == WordPart::Kind::Computed)
    return true;
  if (Head.FailsIfEmpty || Head.HasNonEmptyDefault || isAlwaysSet(Head.Variable))
    return false;
  VariableFacts Facts = factsAbout(Head.Variable, Context, ts_node_start_byte(Head.Node));
  if (Facts.GuardedBefore)
    return false;
  // A variable only ever set to non-empty literals, and set before this point, cannot be empty.
  bool OnlyLiterals = Facts.Assignments > 0 && Facts.Assignments == Facts.NonEmptyLiteralAssignments &&
                      !Facts.OtherWrites;
  return !(OnlyLiterals && Facts.AssignedBeforeUse);
}

} // namespace

std::optional<Verdict> ShellRecursiveDelete::judge(const MatchContext &Context) const {
  std::vector<TSNode> Arguments = shell::commandArguments(Context.Finding);
  bool Recursive = false;
  bool OptionsEnded = false;
  std::vector<TSNode> Paths;
  for (TSNode Arg : Arguments) {
    std::string_view Written = nodeText(Arg, Context.Text);
    if (!OptionsEnded && Written == "--") {
      OptionsEnded = true;
      continue;
    }
    if (!OptionsEnded && !Written.empty() && Written[0] == '-') {
      Recursive |= isRecursiveOption(Written);
      continue;
    }
    Paths.push_back(Arg);
  }
  if (!Recursive)
    return std::nullopt;

  for (TSNode Path : Paths) {
    std::vector<WordPart> Parts = shell::wordParts(Path, Context.Text);
    if (Parts.size() < 2 || Parts[0].PartKind == WordPart::Kind::Literal)
      continue;
    // Only an expansion directly followed by '/' or a glob turns into a root or a wildcard
    // when it is empty: "$DIR/"* -> /*, $PREFIX* -> *. "$DIR" alone becomes "" and rm refuses.
    const WordPart &Next = Parts[1];
    if (Next.PartKind != WordPart::Kind::Literal || Next.Text.empty() ||
        (Next.Text[0] != '/' && Next.Text[0] != '*'))
      continue;
    if (!mayBeEmpty(Parts[0], Context))
      continue;
    Verdict Result;
    Result.Detail = Parts[0].Text;
    // Template expressions of a host file (`${{ inputs.dir }}`) reach the shell as same-length
    // variables padded with '_' (see semantic/EmbeddedShell.cpp): name them without the padding.
    while (Result.Detail.size() > 2 && Result.Detail.back() == '_')
      Result.Detail.pop_back();
    Result.Location = Path;
    return Result;
  }
  return std::nullopt;
}

} // namespace blastradius

#include "shell/ShellConditions.h"
#include "shell/BashFields.h"
#include "shell/BashKinds.h"

#include "Query.h"
#include "model/TreeSitterUtil.h"
#include "shell/ShellWords.h"
#include "shell/ShellCommands.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace blastradius::shell {

namespace {

using model::isType;

/// The variable a test operand names when it is exactly one expansion ("$X", ${X}, "${X:-}").
std::string soleVariable(TSNode Operand, std::string_view Text) {
  if (ts_node_is_null(Operand))
    return "";
  std::vector<WordPart> Parts = wordParts(Operand, Text);
  if (Parts.size() != 1 || Parts[0].PartKind != WordPart::Kind::Parameter || !Parts[0].Operator.empty() ||
      Parts[0].Variable.empty())
    return Parts.size() == 1 && Parts[0].PartKind == WordPart::Kind::Parameter &&
                   (Parts[0].Operator == ":-" || Parts[0].Operator == "-")
               ? Parts[0].Variable // `-n "${X:-}"` tests X itself
               : "";
  return Parts[0].Variable;
}

/// `test`/`[` file and string tests that are false for an empty operand.
bool isNonEmptyTest(std::string_view Operator) {
  static constexpr std::array<std::string_view, 16> Tests = {"-n", "-d", "-e", "-f", "-s", "-r", "-w", "-x",
                                                             "-h", "-L", "-a", "-O", "-G", "-b", "-c", "-p"};
  return std::find(Tests.begin(), Tests.end(), Operator) != Tests.end();
}

/// A literal that a non-empty string must equal or match: non-empty and not only '*'.
bool requiresNonEmpty(std::string_view Literal) { return Literal.find_first_not_of('*') != std::string_view::npos; }

/// Variables that are surely non-empty when a comparison `Left Op Right` has the value WhenTrue.
void comparisonFacts(TSNode Left, std::string_view Op, TSNode Right, bool WhenTrue, std::string_view Text,
                     std::vector<std::string> &Out) {
  bool Equals = Op == "=" || Op == "==";
  if (!Equals && Op != "!=")
    return;
  // The old idiom `[ x"$X" != x ]`: a common literal prefix on both sides.
  std::vector<WordPart> LeftParts = wordParts(Left, Text), RightParts = wordParts(Right, Text);
  for (int Side = 0; Side < 2; ++Side) {
    const std::vector<WordPart> &Prefixed = Side ? RightParts : LeftParts;
    bool Literal = false;
    std::string Other = literalWord(Side ? Left : Right, Text, Literal);
    if (Prefixed.size() == 2 && Prefixed[0].PartKind == WordPart::Kind::Literal && !Prefixed[0].Text.empty() &&
        Prefixed[1].PartKind == WordPart::Kind::Parameter && Prefixed[1].Operator.empty() && Literal &&
        Other == Prefixed[0].Text && (Equals != WhenTrue))
      Out.push_back(Prefixed[1].Variable);
  }
  for (int Side = 0; Side < 2; ++Side) {
    std::string Var = soleVariable(Side ? Right : Left, Text);
    if (Var.empty())
      continue;
    bool Literal = false;
    std::string Other = literalWord(Side ? Left : Right, Text, Literal);
    if (!Literal)
      continue;
    bool IsEqual = Equals == WhenTrue; // the comparison says Var == Other
    if ((IsEqual && requiresNonEmpty(Other)) || (!IsEqual && Other.empty()))
      Out.push_back(Var);
  }
}

void expressionFacts(TSNode Expr, bool WhenTrue, std::string_view Text, std::vector<std::string> &Out, unsigned Depth) {
  if (ts_node_is_null(Expr) || Depth > 32)
    return;
  if (model::isKind(Expr, shell::kind::ParenthesizedExpression)) {
    for (TSNode Child : model::namedChildren(Expr))
      expressionFacts(Child, WhenTrue, Text, Out, Depth + 1);
    return;
  }
  if (model::isKind(Expr, shell::kind::UnaryExpression)) {
    TSNode Operator = ts_node_child(Expr, 0);
    TSNode Operand = ts_node_named_child(Expr, ts_node_named_child_count(Expr) - 1);
    std::string_view Op = nodeText(Operator, Text);
    if (Op == "!") {
      expressionFacts(Operand, !WhenTrue, Text, Out, Depth + 1);
      return;
    }
    // The grammar reads `[ -n "$A" -a -d "$B" ]` as -n applied to `"$A" -a -d "$B"`: regroup.
    if (model::isKind(Operand, shell::kind::BinaryExpression) && WhenTrue) {
      TSNode Left = model::childByField(Operand, shell::field::Left);
      TSNode Right = model::childByField(Operand, shell::field::Right);
      TSNode Joiner = model::childByField(Operand, shell::field::Operator);
      if (!ts_node_is_null(Joiner) && nodeText(Joiner, Text) == "-a") {
        std::string Var = soleVariable(Left, Text);
        if (!Var.empty() && isNonEmptyTest(Op))
          Out.push_back(Var);
        expressionFacts(Right, true, Text, Out, Depth + 1);
      }
      return;
    }
    std::string Var = soleVariable(Operand, Text);
    if (Var.empty())
      return;
    if ((Op == "-z" && !WhenTrue) || (isNonEmptyTest(Op) && WhenTrue))
      Out.push_back(Var);
    return;
  }
  if (model::isKind(Expr, shell::kind::BinaryExpression)) {
    TSNode Left = model::childByField(Expr, shell::field::Left);
    TSNode Right = model::childByField(Expr, shell::field::Right);
    std::string_view Op;
    model::forEachChild(Expr, [&](TSNode Child) {
      if (ts_node_eq(Child, Left) || ts_node_eq(Child, Right))
        return true;
      Op = nodeText(Child, Text);
      return false;
    });
    if (Op == "&&" || Op == "-a") {
      if (WhenTrue) {
        expressionFacts(Left, true, Text, Out, Depth + 1);
        expressionFacts(Right, true, Text, Out, Depth + 1);
      }
      return;
    }
    if (Op == "||" || Op == "-o") {
      if (!WhenTrue) {
        expressionFacts(Left, false, Text, Out, Depth + 1);
        expressionFacts(Right, false, Text, Out, Depth + 1);
      }
      return;
    }
    comparisonFacts(Left, Op, Right, WhenTrue, Text, Out);
    return;
  }
  // `[ "$X" ]`: true when X is non-empty.
  if (WhenTrue) {
    std::string Var = soleVariable(Expr, Text);
    if (!Var.empty())
      Out.push_back(Var);
  }
}

/// Facts of `test ARGS` / `[ ARGS ]` written as a plain command.
void testCommandFacts(const std::vector<TSNode> &Args, bool WhenTrue, std::string_view Text,
                      std::vector<std::string> &Out) {
  size_t Begin = 0, End = Args.size();
  if (End > 0 && nodeText(Args[End - 1], Text) == "]")
    --End;
  if (Begin < End && nodeText(Args[Begin], Text) == "!") {
    WhenTrue = !WhenTrue;
    ++Begin;
  }
  size_t Count = End - Begin;
  if (Count == 1 && WhenTrue) {
    std::string Var = soleVariable(Args[Begin], Text);
    if (!Var.empty())
      Out.push_back(Var);
  } else if (Count == 2) {
    std::string_view Op = nodeText(Args[Begin], Text);
    std::string Var = soleVariable(Args[Begin + 1], Text);
    if (!Var.empty() && ((Op == "-z" && !WhenTrue) || (isNonEmptyTest(Op) && WhenTrue)))
      Out.push_back(Var);
  } else if (Count == 3) {
    comparisonFacts(Args[Begin], nodeText(Args[Begin + 1], Text), Args[Begin + 2], WhenTrue, Text, Out);
  }
}

} // namespace

/// `echo ...`, `printf ...`, `true`, `:` (with redirections): commands that do not fail.
bool printsOnly(TSNode Statement, std::string_view Text) {
  if (model::isKind(Statement, shell::kind::RedirectedStatement) && ts_node_named_child_count(Statement) > 0)
    Statement = ts_node_named_child(Statement, 0);
  if (!model::isKind(Statement, shell::kind::Command))
    return false;
  std::string Name = commandName(Statement, Text);
  return Name == "echo" || Name == "printf" || Name == "true" || Name == ":";
}

/// The operator token of a `list` node (`&&` or `||`), "" otherwise.
std::string_view listOperator(TSNode List, std::string_view Text) {
  std::string_view Operator;
  model::forEachChild(List, [&](TSNode Child) {
    if (ts_node_is_named(Child))
      return true;
    Operator = nodeText(Child, Text);
    return false;
  });
  return Operator;
}

/// Variables that are surely non-empty when the condition (a test, a `test` command, a list of them, a
/// negation) has the value WhenTrue.
void conditionFacts(TSNode Condition, bool WhenTrue, std::string_view Text, std::vector<std::string> &Out,
                    unsigned Depth) {
  if (ts_node_is_null(Condition) || Depth > 32)
    return;
  if (model::isKind(Condition, shell::kind::TestCommand)) {
    for (TSNode Child : model::namedChildren(Condition))
      expressionFacts(Child, WhenTrue, Text, Out, 0);
    return;
  }
  if (model::isKind(Condition, shell::kind::Command)) {
    std::string Name = commandName(Condition, Text);
    if (Name == "test" || Name == "[")
      testCommandFacts(commandArguments(Condition), WhenTrue, Text, Out);
    return;
  }
  if (model::isKind(Condition, shell::kind::NegatedCommand)) {
    conditionFacts(ts_node_named_child(Condition, 0), !WhenTrue, Text, Out, Depth + 1);
    return;
  }
  if (model::isKind(Condition, shell::kind::List)) {
    std::string_view Op = listOperator(Condition, Text);
    if ((Op == "&&" && WhenTrue) || (Op == "||" && !WhenTrue))
      for (TSNode Child : model::namedChildren(Condition))
        conditionFacts(Child, WhenTrue, Text, Out, Depth + 1);
    return;
  }
  if (model::isKind(Condition, shell::kind::RedirectedStatement))
    conditionFacts(ts_node_named_child(Condition, 0), WhenTrue, Text, Out, Depth + 1);
}

} // namespace blastradius::shell

#include "python/PythonGuards.h"
#include "python/PythonFields.h"
#include "python/PythonKinds.h"
#include "python/PythonData.h"
#include "StringHelpers.h"

#include <algorithm>
#include <cctype>

namespace blastradius::python {

namespace {

bool namedIn(std::string_view Name, const std::vector<std::string> &Names) {
  return std::find(Names.begin(), Names.end(), Name) != Names.end();
}

bool mentions(TSNode Expr, const std::vector<std::string> &Names, std::string_view Source) {
  std::vector<std::string_view> Found;
  identifiersIn(Expr, Source, Found);
  for (std::string_view F : Found)
    if (namedIn(F, Names))
      return true;
  // self.root and other attribute names kept whole.
  bool Any = false;
  walk(Expr, [&](TSNode N, const std::vector<TSNode> &) {
    if (!Any && model::isKind(N, python::kind::Attribute) && namedIn(text(N, Source), Names))
      Any = true;
  });
  return Any;
}

bool nameSuggestsCheck(std::string_view Function) {
  std::string L = lower(Function);
  for (std::string_view Word : {"safe", "valid", "allowed", "inside", "within", "under", "check", "ensure",
                                "verify", "assert", "guard", "protect", "sandbox"})
    if (L.find(Word) != std::string::npos)
      return true;
  return false;
}

} // namespace

bool testsPath(TSNode Condition, const std::vector<std::string> &Names, std::string_view Source) {
  bool Found = false;
  walk(Condition, [&](TSNode N, const std::vector<TSNode> &Ancestors) {
    if (Found)
      return;
    TSNode Parent = Ancestors.empty() ? TSNode{} : Ancestors.back();
    bool Bare = Ancestors.empty() || model::isKind(Parent, python::kind::NotOperator) || model::isKind(Parent, python::kind::BooleanOperator) ||
                model::isKind(Parent, python::kind::ParenthesizedExpression);
    if ((model::isKind(N, python::kind::Identifier) || model::isKind(N, python::kind::Attribute)) && Bare && namedIn(text(N, Source), Names)) {
      Found = true; // truthiness: an empty path is false
      return;
    }
    if (model::isKind(N, python::kind::ComparisonOperator) && mentions(N, Names, Source)) {
      Found = true;
      return;
    }
    if (model::isKind(N, python::kind::Call) && mentions(N, Names, Source)) {
      std::string_view Called = calledName(N, Source);
      for (std::string_view Check : pathCheckMethods())
        if (Called == Check)
          Found = true;
      if (Called == "len" || Called == "strip" || Called == "rstrip" || Called == "lstrip" ||
          nameSuggestsCheck(Called))
        Found = true;
    }
  });
  return Found;
}

bool checksPath(TSNode Statement, const std::vector<std::string> &Names, std::string_view Source) {
  if (!model::isKind(Statement, python::kind::ExpressionStatement) && !model::isKind(Statement, python::kind::Assignment))
    return false;
  bool Found = false;
  walk(Statement, [&](TSNode N, const std::vector<TSNode> &) {
    if (Found || !model::isKind(N, python::kind::Call))
      return;
    std::string_view Called = calledName(N, Source);
    if ((Called == "relative_to" || Called == "commonpath" || nameSuggestsCheck(Called)) &&
        mentions(N, Names, Source))
      Found = true;
  });
  return Found;
}

bool testsConfirmation(TSNode Condition, std::string_view Source) {
  bool Found = false;
  walk(Condition, [&](TSNode N, const std::vector<TSNode> &) {
    if (Found)
      return;
    std::string_view Words;
    if (model::isKind(N, python::kind::Identifier) || model::isKind(N, python::kind::StringContent))
      Words = text(N, Source);
    else
      return;
    std::string L = lower(Words);
    std::string Word;
    for (size_t I = 0; I <= L.size(); ++I) {
      char C = I < L.size() ? L[I] : ' ';
      if (std::isalnum(static_cast<unsigned char>(C))) {
        Word += C;
        continue;
      }
      for (std::string_view Known : confirmationWords())
        if (Word == Known)
          Found = true;
      Word.clear();
    }
  });
  return Found;
}

bool guardedOnPath(TSNode Target, const std::vector<TSNode> &Ancestors, const Imports &Names,
                   std::string_view Source, const std::function<bool(TSNode Condition)> &Tests,
                   const std::function<bool(TSNode Statement)> &Checks) {
  std::vector<TSNode> Path = Ancestors;
  Path.push_back(Target);
  for (size_t I = Path.size() - 1; I-- > 0;) {
    TSNode Parent = Path[I], Child = Path[I + 1];
    if (model::isKind(Parent, python::kind::FunctionDefinition) || model::isKind(Parent, python::kind::Lambda))
      return false;
    if (model::isKind(Parent, python::kind::IfStatement) || model::isKind(Parent, python::kind::ElifClause) || model::isKind(Parent, python::kind::WhileStatement)) {
      TSNode Condition = field(Parent, python::fields::Condition);
      if (!ts_node_eq(Condition, Child) && Tests(Condition))
        return true;
      continue;
    }
    if (model::isKind(Parent, python::kind::ConditionalExpression)) {
      model::NodeList Parts = namedChildren(Parent);
      if (Parts.size() >= 2 && !ts_node_eq(Parts[1], Child) && Tests(Parts[1]))
        return true;
      continue;
    }
    if (model::isKind(Parent, python::kind::BooleanOperator)) {
      TSNode Left = field(Parent, python::fields::Left);
      if (!ts_node_eq(Left, Child) && Tests(Left))
        return true;
      continue;
    }
    if (model::isKind(Parent, python::kind::Block) || model::isKind(Parent, python::kind::Module)) {
      for (TSNode Statement : namedChildren(Parent)) {
        if (ts_node_eq(Statement, Child))
          break;
        if (model::isKind(Statement, python::kind::IfStatement) && Tests(field(Statement, python::fields::Condition)) &&
            blockExits(field(Statement, python::fields::Consequence), Names, Source))
          return true;
        if (model::isKind(Statement, python::kind::AssertStatement)) {
          model::NodeList Parts = namedChildren(Statement);
          if (!Parts.empty() && Tests(Parts.front()))
            return true;
        }
        if (Checks && Checks(Statement))
          return true;
      }
    }
  }
  return false;
}

} // namespace blastradius::python

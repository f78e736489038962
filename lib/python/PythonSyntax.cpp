#include "python/PythonSyntax.h"
#include "python/PythonFields.h"
#include "python/PythonKinds.h"
#include "python/PythonData.h"
#include "StringHelpers.h"
#include "model/FlatTree.h"
#include "model/TreeSitterUtil.h"

#include <algorithm>
#include <cstring>

namespace blastradius::python {

std::string_view text(TSNode N, std::string_view Source) {
  return ts_node_is_null(N) ? std::string_view() : model::nodeText(N, Source);
}

TSNode field(TSNode N, const char *Name) {
  if (ts_node_is_null(N))
    return N;
  return ts_node_child_by_field_name(N, Name, static_cast<uint32_t>(std::strlen(Name)));
}

TSNode field(TSNode N, TSFieldId Id) {
  if (ts_node_is_null(N) || !Id)
    return TSNode{};
  return model::childByField(N, Id);
}

void walkPruned(TSNode Root, const std::function<bool(TSNode, const std::vector<TSNode> &)> &Visit) {
  if (ts_node_is_null(Root))
    return;
  std::vector<TSNode> Ancestors;
  // The file's nodes flattened once (model/FlatTree.h): the same preorder, scanned as an array.
  if (const model::FlatTree *Flat = model::FlatTreeScope::forNode(Root)) {
    uint32_t First = Flat->indexOf(Root);
    if (First != UINT32_MAX) {
      const model::FlatTree::EntryView Nodes = Flat->entries();
      std::vector<uint32_t> Open; // the indices of Ancestors
      model::VisitingNode Visiting;
      const TSLanguage *Language = ts_tree_language(Root.tree);
      for (uint32_t I = First, End = Nodes[First].SubtreeEnd; I < End;) {
        while (!Open.empty() && Nodes[I].Parent != Open.back()) {
          Open.pop_back();
          Ancestors.pop_back();
        }
        Visiting.set(Nodes[I].Node, Nodes[I].Symbol, Language);
        if (Visit(Nodes[I].Node, Ancestors) && Nodes[I].SubtreeEnd > I + 1) {
          Open.push_back(I);
          Ancestors.push_back(Nodes[I].Node);
          ++I;
        } else {
          I = Nodes[I].SubtreeEnd;
        }
      }
      return;
    }
  }
  TSTreeCursor Cursor = ts_tree_cursor_new(Root);
  while (true) {
    TSNode Current = ts_tree_cursor_current_node(&Cursor);
    if (Visit(Current, Ancestors) && ts_tree_cursor_goto_first_child(&Cursor)) {
      Ancestors.push_back(Current);
      continue;
    }
    bool Done = false;
    while (!ts_tree_cursor_goto_next_sibling(&Cursor)) {
      if (Ancestors.empty() || !ts_tree_cursor_goto_parent(&Cursor)) {
        Done = true;
        break;
      }
      Ancestors.pop_back();
      if (Ancestors.empty() && ts_node_eq(ts_tree_cursor_current_node(&Cursor), Root)) {
        Done = true;
        break;
      }
    }
    if (Done)
      break;
  }
  ts_tree_cursor_delete(&Cursor);
}

void walkKinds(TSNode Root, const model::KindSet &Kinds,
               const std::function<bool(TSNode, const std::vector<TSNode> &)> &Visit) {
  if (ts_node_is_null(Root))
    return;
  if (const model::FlatTree *Flat = model::FlatTreeScope::forNode(Root); Flat && Kinds.covers(Root)) {
    uint32_t First = Flat->indexOf(Root);
    if (First != UINT32_MAX) {
      const model::FlatTree::EntryView Nodes = Flat->entries();
      std::vector<TSNode> Ancestors;
      model::VisitingNode Visiting;
      const TSLanguage *Language = ts_tree_language(Root.tree);
      for (uint32_t I = First, End = Nodes[First].SubtreeEnd; I < End;) {
        const model::FlatTree::Entry &E = Nodes[I];
        if (!Kinds.containsSymbol(E.Symbol)) {
          ++I;
          continue;
        }
        // The walk's ancestors of this node: its parents up to Root, outermost first.
        Ancestors.clear();
        if (I != First)
          for (uint32_t A = E.Parent;; A = Nodes[A].Parent) {
            Ancestors.push_back(Nodes[A].Node);
            if (A == First)
              break;
          }
        std::reverse(Ancestors.begin(), Ancestors.end());
        Visiting.set(E.Node, E.Symbol, Language);
        I = Visit(E.Node, Ancestors) ? I + 1 : E.SubtreeEnd;
      }
      return;
    }
  }
  walkPruned(Root, [&](TSNode N, const std::vector<TSNode> &Ancestors) { return !Kinds.contains(N) || Visit(N, Ancestors); });
}

void walk(TSNode Root, const std::function<void(TSNode, const std::vector<TSNode> &)> &Visit) {
  walkPruned(Root, [&](TSNode N, const std::vector<TSNode> &Ancestors) {
    Visit(N, Ancestors);
    return true;
  });
}

// --- Imports ------------------------------------------------------------------------------------

Imports::Imports(TSNode Root, std::string_view Source) : Source(Source) {
  static const model::KindSet Statements{&python::kind::ImportStatement, &python::kind::ImportFromStatement};
  walkKinds(Root, Statements, [&](TSNode N, const std::vector<TSNode> &) {
    if (model::isKind(N, python::kind::ImportStatement)) {
      for (TSNode Name : namedChildren(N)) {
        if (model::isKind(Name, python::kind::DottedName)) {
          std::string Full(text(Name, Source));
          Names[Full.substr(0, Full.find('.'))] = Full.substr(0, Full.find('.'));
        } else if (model::isKind(Name, python::kind::AliasedImport)) {
          Names[std::string(text(field(Name, python::fields::Alias), Source))] = std::string(text(field(Name, python::fields::Name), Source));
        }
      }
    } else if (model::isKind(N, python::kind::ImportFromStatement)) {
      std::string Module(text(field(N, python::fields::ModuleName), Source));
      if (Module.empty() || Module[0] == '.')
        return true; // relative imports name the project's own modules
      for (TSNode Name : namedChildren(N)) {
        if (ts_node_eq(Name, field(N, python::fields::ModuleName)))
          continue;
        if (model::isKind(Name, python::kind::DottedName)) {
          std::string Local(text(Name, Source));
          Names[Local] = Module + "." + Local;
        } else if (model::isKind(Name, python::kind::AliasedImport)) {
          Names[std::string(text(field(Name, python::fields::Alias), Source))] =
              Module + "." + std::string(text(field(Name, python::fields::Name), Source));
        }
      }
    }
    return true;
  });
}

std::string Imports::qualify(TSNode Expr) const {
  if (model::isKind(Expr, python::kind::Identifier)) {
    std::string_view Name = text(Expr, Source);
    auto It = Names.find(Name);
    return It == Names.end() ? std::string(Name) : It->second;
  }
  if (model::isKind(Expr, python::kind::Attribute)) {
    std::string Object = qualify(field(Expr, python::fields::Object));
    if (Object.empty())
      return {};
    return Object + "." + std::string(text(field(Expr, python::fields::Attribute), Source));
  }
  return {};
}

// --- Calls --------------------------------------------------------------------------------------

TSNode Arguments::keyword(std::string_view Name) const {
  for (const auto &[Key, Value] : Keywords)
    if (Key == Name)
      return Value;
  return TSNode{};
}

TSNode Arguments::get(size_t Index, std::string_view Name) const {
  if (Index < Positional.size())
    return Positional[Index];
  return keyword(Name);
}

Arguments callArguments(TSNode Call, std::string_view Source) {
  Arguments Result;
  TSNode List = field(Call, python::fields::Arguments);
  if (!model::isKind(List, python::kind::ArgumentList))
    return Result;
  for (TSNode A : namedChildren(List)) {
    if (model::isKind(A, python::kind::KeywordArgument))
      Result.Keywords.emplace_back(text(field(A, python::fields::Name), Source), field(A, python::fields::Value));
    else if (model::isKind(A, python::kind::ListSplat) || model::isKind(A, python::kind::DictionarySplat))
      Result.HasStarArgs = true;
    else if (!model::isKind(A, python::kind::Comment))
      Result.Positional.push_back(A);
  }
  return Result;
}

std::string_view calledName(TSNode Call, std::string_view Source) {
  TSNode Function = field(Call, python::fields::Function);
  if (model::isKind(Function, python::kind::Attribute))
    return text(field(Function, python::fields::Attribute), Source);
  if (model::isKind(Function, python::kind::Identifier))
    return text(Function, Source);
  return {};
}

bool isTestPath(std::string_view Path) {
  size_t Slash = Path.rfind('/');
  std::string_view File = Slash == std::string_view::npos ? Path : Path.substr(Slash + 1);
  return File.substr(0, 5) == "test_" || endsWith(File, "_test.py") || endsWith(File, "_tests.py") ||
         File == "conftest.py" || Path.substr(0, 6) == "tests/" || Path.find("/tests/") != std::string_view::npos;
}

bool isTrue(TSNode N) { return model::isKind(N, python::kind::True); }
bool isFalse(TSNode N) { return model::isKind(N, python::kind::False); }

// --- Strings ------------------------------------------------------------------------------------

namespace {

void appendUtf8(std::string &Out, uint32_t CodePoint) {
  if (CodePoint < 0x80) {
    Out += static_cast<char>(CodePoint);
  } else if (CodePoint < 0x800) {
    Out += static_cast<char>(0xC0 | (CodePoint >> 6));
    Out += static_cast<char>(0x80 | (CodePoint & 0x3F));
  } else if (CodePoint < 0x10000) {
    Out += static_cast<char>(0xE0 | (CodePoint >> 12));
    Out += static_cast<char>(0x80 | ((CodePoint >> 6) & 0x3F));
    Out += static_cast<char>(0x80 | (CodePoint & 0x3F));
  } else {
    Out += static_cast<char>(0xF0 | ((CodePoint >> 18) & 0x07));
    Out += static_cast<char>(0x80 | ((CodePoint >> 12) & 0x3F));
    Out += static_cast<char>(0x80 | ((CodePoint >> 6) & 0x3F));
    Out += static_cast<char>(0x80 | (CodePoint & 0x3F));
  }
}

bool isHex(char C) { return std::isxdigit(static_cast<unsigned char>(C)) != 0; }

/// Appends the decoded body Source[Begin, End) of one literal to Out.
void decodeBody(std::string_view Source, uint32_t Begin, uint32_t End, bool Raw, bool Bytes, bool Formatted,
                EmbeddedSnippet &Out) {
  auto Emit = [&](const std::string &Decoded, uint32_t At) {
    for (char C : Decoded) {
      Out.Text += C;
      Out.HostOffsets.push_back(At);
    }
  };
  uint32_t I = Begin;
  while (I < End) {
    char C = Source[I];
    if (Formatted && (C == '{' || C == '}') && I + 1 < End && Source[I + 1] == C) {
      Emit(std::string(1, C), I);
      I += 2;
      continue;
    }
    if (C != '\\' || I + 1 >= End) {
      Emit(std::string(1, C), I);
      ++I;
      continue;
    }
    char E = Source[I + 1];
    if (Raw) {
      // A raw string keeps the backslash; it only stops the quote after it from ending the string.
      Emit(std::string(1, C), I);
      Emit(std::string(1, E), I + 1);
      I += 2;
      continue;
    }
    uint32_t At = I;
    std::string Decoded;
    uint32_t Next = I + 2;
    switch (E) {
    case '\n':
      break; // line continuation
    case '\r':
      if (Next < End && Source[Next] == '\n')
        ++Next;
      break;
    case '\\': Decoded = "\\"; break;
    case '\'': Decoded = "'"; break;
    case '"': Decoded = "\""; break;
    case 'a': Decoded = "\a"; break;
    case 'b': Decoded = "\b"; break;
    case 'f': Decoded = "\f"; break;
    case 'n': Decoded = "\n"; break;
    case 'r': Decoded = "\r"; break;
    case 't': Decoded = "\t"; break;
    case 'v': Decoded = "\v"; break;
    case 'x': {
      if (Next + 1 < End && isHex(Source[Next]) && isHex(Source[Next + 1])) {
        uint32_t Value = static_cast<uint32_t>(std::stoul(std::string(Source.substr(Next, 2)), nullptr, 16));
        if (Bytes)
          Decoded = std::string(1, static_cast<char>(Value));
        else
          appendUtf8(Decoded, Value);
        Next += 2;
      } else {
        Decoded = "\\x";
      }
      break;
    }
    case 'u':
    case 'U': {
      uint32_t Digits = E == 'u' ? 4 : 8;
      bool Valid = !Bytes && Next + Digits <= End;
      for (uint32_t D = 0; Valid && D < Digits; ++D)
        Valid = isHex(Source[Next + D]);
      if (Valid) {
        uint32_t Value = static_cast<uint32_t>(std::stoul(std::string(Source.substr(Next, Digits)), nullptr, 16));
        appendUtf8(Decoded, std::min<uint32_t>(Value, 0x10FFFF));
        Next += Digits;
      } else {
        Decoded = std::string("\\") + E;
      }
      break;
    }
    case 'N': {
      size_t Close = Source.find('}', Next);
      if (!Bytes && Next < End && Source[Next] == '{' && Close != std::string_view::npos && Close < End) {
        Decoded = "?"; // a named character: its name is not worth a table here
        Next = static_cast<uint32_t>(Close + 1);
      } else {
        Decoded = "\\N";
      }
      break;
    }
    default:
      if (E >= '0' && E <= '7') {
        uint32_t Value = 0, Count = 0;
        Next = I + 1;
        while (Count < 3 && Next < End && Source[Next] >= '0' && Source[Next] <= '7') {
          Value = Value * 8 + static_cast<uint32_t>(Source[Next] - '0');
          ++Next;
          ++Count;
        }
        if (Bytes)
          Decoded = std::string(1, static_cast<char>(Value & 0xFF));
        else
          appendUtf8(Decoded, Value);
      } else {
        Decoded = std::string("\\") + E; // unknown escapes keep their backslash
      }
    }
    Emit(Decoded, At);
    I = Next;
  }
}

bool appendLiteral(TSNode String, std::string_view Source, EmbeddedSnippet &Out, const Interpolator *Interpolate) {
  if (!model::isKind(String, python::kind::String))
    return false;
  TSNode Start{}, End{};
  std::vector<TSNode> Fields;
  for (TSNode Child : namedChildren(String)) {
    if (model::isKind(Child, python::kind::StringStart))
      Start = Child;
    else if (model::isKind(Child, python::kind::StringEnd))
      End = Child;
    else if (model::isKind(Child, python::kind::Interpolation))
      Fields.push_back(Child);
    else if (model::isKind(Child, python::kind::StringContent))
      for (TSNode Inner : namedChildren(Child))
        if (model::isKind(Inner, python::kind::Interpolation))
          Fields.push_back(Inner);
  }
  if (ts_node_is_null(Start) || ts_node_is_null(End) || (!Fields.empty() && (!Interpolate || !*Interpolate)))
    return false;
  std::string_view Opening = text(Start, Source);
  bool Raw = false, Bytes = false, Formatted = false;
  for (char C : Opening) {
    char L = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
    Raw = Raw || L == 'r';
    Bytes = Bytes || L == 'b';
    Formatted = Formatted || L == 'f' || L == 't';
  }
  uint32_t Begin = ts_node_end_byte(Start), Stop = ts_node_start_byte(End);
  if (Begin > Stop || Stop > Source.size())
    return false;
  for (TSNode Field : Fields) {
    uint32_t FieldBegin = ts_node_start_byte(Field), FieldEnd = ts_node_end_byte(Field);
    if (FieldBegin < Begin || FieldEnd > Stop)
      return false;
    decodeBody(Source, Begin, FieldBegin, Raw, Bytes, Formatted, Out);
    std::optional<std::string> Value = (*Interpolate)(field(Field, python::fields::Expression));
    if (!Value)
      return false;
    for (char C : *Value) {
      Out.Text += C;
      Out.HostOffsets.push_back(FieldBegin);
    }
    Begin = FieldEnd;
  }
  decodeBody(Source, Begin, Stop, Raw, Bytes, Formatted, Out);
  return true;
}

} // namespace

std::optional<EmbeddedSnippet> stringLiteral(TSNode N, std::string_view Source, const Interpolator *Interpolate) {
  while (model::isKind(N, python::kind::ParenthesizedExpression) && namedChildren(N).size() == 1)
    N = namedChildren(N).front();
  EmbeddedSnippet Out;
  if (model::isKind(N, python::kind::String)) {
    if (!appendLiteral(N, Source, Out, Interpolate))
      return std::nullopt;
  } else if (model::isKind(N, python::kind::ConcatenatedString)) {
    for (TSNode Part : namedChildren(N)) {
      if (model::isKind(Part, python::kind::Comment))
        continue;
      if (!appendLiteral(Part, Source, Out, Interpolate))
        return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  // One past the end: the closing quote of the last literal.
  TSNode Last = N;
  if (model::isKind(N, python::kind::ConcatenatedString)) {
    model::NodeList Parts = namedChildren(N);
    Last = Parts.empty() ? N : Parts.back();
  }
  TSNode Closing{};
  for (TSNode Child : namedChildren(Last))
    if (model::isKind(Child, python::kind::StringEnd))
      Closing = Child;
  Out.HostOffsets.push_back(ts_node_is_null(Closing) ? ts_node_end_byte(N) : ts_node_start_byte(Closing));
  return Out;
}

// --- Statements ---------------------------------------------------------------------------------

bool isExitStatement(TSNode Statement, const Imports &Names, std::string_view Source) {
  if (model::isKind(Statement, python::kind::RaiseStatement) || model::isKind(Statement, python::kind::ReturnStatement) ||
      model::isKind(Statement, python::kind::ContinueStatement) || model::isKind(Statement, python::kind::BreakStatement))
    return true;
  if (!model::isKind(Statement, python::kind::ExpressionStatement))
    return false;
  model::NodeList Children = namedChildren(Statement);
  if (Children.size() != 1 || !model::isKind(Children.front(), python::kind::Call))
    return false;
  std::string Target = Names.qualify(field(Children.front(), python::fields::Function));
  for (std::string_view Exit : exitFunctions())
    if (Target == Exit)
      return true;
  // argparse's parser.error() and click's ctx.fail()/ctx.abort() print and exit.
  std::string_view Method = calledName(Children.front(), Source);
  TSNode Callee = field(Children.front(), python::fields::Function);
  std::string_view Object = text(field(Callee, python::fields::Object), Source);
  return model::isKind(Callee, python::kind::Attribute) && (Method == "error" || Method == "fail" || Method == "abort") &&
         (Object.find("parser") != std::string_view::npos || Object == "ctx" || Object == "context");
}

bool blockExits(TSNode Block, const Imports &Names, std::string_view Source) {
  std::vector<TSNode> Statements;
  for (TSNode S : namedChildren(Block))
    if (!model::isKind(S, python::kind::Comment))
      Statements.push_back(S);
  if (Statements.empty())
    return false;
  return isExitStatement(Statements.back(), Names, Source);
}

TSNode enclosingFunction(const std::vector<TSNode> &Ancestors) {
  for (auto It = Ancestors.rbegin(); It != Ancestors.rend(); ++It)
    if (model::isKind(*It, python::kind::FunctionDefinition))
      return *It;
  return TSNode{};
}

void identifiersIn(TSNode Expr, std::string_view Source, std::vector<std::string_view> &Out) {
  walkPruned(Expr, [&](TSNode N, const std::vector<TSNode> &Ancestors) {
    // A lambda's names are its own: its subtree is skipped, not each identifier's ancestors tested.
    if (model::isKind(N, python::kind::Lambda))
      return false;
    if (!model::isKind(N, python::kind::Identifier))
      return true;
    // `x.attr`: the attribute name is not a variable; `f(key=v)`: neither is the keyword.
    if (!Ancestors.empty()) {
      TSNode Parent = Ancestors.back();
      if (model::isKind(Parent, python::kind::Attribute) && ts_node_eq(field(Parent, python::fields::Attribute), N))
        return true;
      if (model::isKind(Parent, python::kind::KeywordArgument) && ts_node_eq(field(Parent, python::fields::Name), N))
        return true;
    }
    Out.push_back(text(N, Source));
    return true;
  });
}

// --- Value flow ---------------------------------------------------------------------------------

ValueFlow::ValueFlow(TSNode Root, std::string_view Source, const Imports &Names) : Source(Source), Names(Names) {
  collect(Root, Module);
  static const model::KindSet Definitions{&python::kind::FunctionDefinition};
  walkKinds(Root, Definitions, [&](TSNode N, const std::vector<TSNode> &) {
    Scope &S = Functions[ts_node_start_byte(N)];
    TSNode Parameters = field(N, python::fields::Parameters);
    for (TSNode P : namedChildren(Parameters)) {
      TSNode Name = P;
      if (!model::isKind(P, python::kind::Identifier)) {
        Name = field(P, python::fields::Name);
        if (ts_node_is_null(Name)) {
          model::NodeList Inner = namedChildren(P);
          Name = Inner.empty() ? TSNode{} : Inner.front();
        }
      }
      if (model::isKind(Name, python::kind::Identifier)) {
        std::string_view Text = text(Name, Source);
        if (Text != "self" && Text != "cls")
          S.Parameters[std::string(Text)] = true;
      }
    }
    collect(field(N, python::fields::Body), S);
    return true;
  });
}

void ValueFlow::collect(TSNode Body, Scope &S) const {
  // The scopes it skips and the bindings it reads: no other node needs a look.
  static const model::KindSet Kinds{
      &python::kind::FunctionDefinition, &python::kind::ClassDefinition,      &python::kind::Lambda,
      &python::kind::Assignment,         &python::kind::AugmentedAssignment, &python::kind::ForStatement,
      &python::kind::ForInClause,        &python::kind::AsPattern,           &python::kind::NamedExpression};
  walkKinds(Body, Kinds, [&](TSNode N, const std::vector<TSNode> &) {
    // Nested functions, classes and lambdas are their own scopes: their subtrees are skipped (one
    // test per node, not one per ancestor: linear however deep the nesting).
    if (!ts_node_eq(N, Body) &&
        (model::isKind(N, python::kind::FunctionDefinition) || model::isKind(N, python::kind::ClassDefinition) || model::isKind(N, python::kind::Lambda)))
      return false;
    if (model::isKind(N, python::kind::Assignment) || model::isKind(N, python::kind::AugmentedAssignment)) {
      TSNode Left = field(N, python::fields::Left), Right = field(N, python::fields::Right);
      if (ts_node_is_null(Right))
        return true;
      if (model::isKind(Left, python::kind::Identifier))
        S.Assigned[std::string(text(Left, Source))].push_back(Right);
      else if (model::isKind(Left, python::kind::Attribute)) // self.root = ..., kept under its written name
        S.Assigned[std::string(text(Left, Source))].push_back(Right);
      else if (model::isKind(Left, python::kind::PatternList) || model::isKind(Left, python::kind::TuplePattern))
        for (TSNode Target : namedChildren(Left))
          if (model::isKind(Target, python::kind::Identifier))
            S.Assigned[std::string(text(Target, Source))].push_back(Right);
    } else if (model::isKind(N, python::kind::ForStatement) || model::isKind(N, python::kind::ForInClause)) {
      TSNode Left = field(N, python::fields::Left), Right = field(N, python::fields::Right);
      std::vector<TSNode> Targets = {Left};
      if (model::isKind(Left, python::kind::PatternList) || model::isKind(Left, python::kind::TuplePattern))
        Targets = namedChildren(Left).toVector();
      for (TSNode Target : Targets)
        if (model::isKind(Target, python::kind::Identifier) && !ts_node_is_null(Right))
          S.Assigned[std::string(text(Target, Source))].push_back(Right);
    } else if (model::isKind(N, python::kind::AsPattern)) {
      TSNode Alias = field(N, python::fields::Alias);
      model::NodeList Values = namedChildren(N);
      if (!Values.empty())
        for (TSNode Target : namedChildren(Alias))
          if (model::isKind(Target, python::kind::Identifier))
            S.Assigned[std::string(text(Target, Source))].push_back(Values.front());
    } else if (model::isKind(N, python::kind::NamedExpression)) {
      TSNode Name = field(N, python::fields::Name), Value = field(N, python::fields::Value);
      if (model::isKind(Name, python::kind::Identifier) && !ts_node_is_null(Value))
        S.Assigned[std::string(text(Name, Source))].push_back(Value);
    }
    return true;
  });
}

const ValueFlow::Scope *ValueFlow::scopeOf(TSNode Function) const {
  if (ts_node_is_null(Function))
    return &Module;
  auto It = Functions.find(ts_node_start_byte(Function));
  return It == Functions.end() ? &Module : &It->second;
}

const std::vector<TSNode> *ValueFlow::assignments(std::string_view Name, TSNode Function) const {
  const Scope *S = scopeOf(Function);
  auto It = S->Assigned.find(Name);
  if (It != S->Assigned.end())
    return &It->second;
  if (S->Parameters.count(Name))
    return nullptr;
  It = Module.Assigned.find(Name);
  return It == Module.Assigned.end() ? nullptr : &It->second;
}

TSNode ValueFlow::singleAssignment(std::string_view Name, TSNode Function) const {
  const std::vector<TSNode> *All = assignments(Name, Function);
  return All && All->size() == 1 ? All->front() : TSNode{};
}

void ValueFlow::addDerivedNames(std::vector<std::string> &Names, TSNode Function) const {
  const Scope *S = scopeOf(Function);
  for (int Step = 0; Step < 2; ++Step) {
    std::vector<std::string> Added;
    for (const auto &[Name, Rights] : S->Assigned) {
      if (std::find(Names.begin(), Names.end(), Name) != Names.end())
        continue;
      for (TSNode Right : Rights) {
        std::vector<std::string_view> Used;
        identifiersIn(Right, Source, Used);
        bool Derived = std::any_of(Used.begin(), Used.end(), [&](std::string_view U) {
          return std::find(Names.begin(), Names.end(), U) != Names.end();
        });
        if (Derived) {
          Added.push_back(Name);
          break;
        }
      }
    }
    if (Added.empty())
      return;
    Names.insert(Names.end(), Added.begin(), Added.end());
  }
}

Provenance ValueFlow::provenance(TSNode Expr, TSNode Function) const {
  Provenance Out;
  Out.Computed = computed(Expr, Function, 0, Out);
  return Out;
}

bool ValueFlow::nameComputed(std::string_view Name, TSNode Function, unsigned Depth, Provenance &Out) const {
  if (std::find(Out.Names.begin(), Out.Names.end(), Name) != Out.Names.end())
    return false; // already on the way: a cycle (x = x + "/")
  Out.Names.emplace_back(Name);
  const Scope *S = scopeOf(Function);
  // A parameter is computed by the caller, whatever the function assigns to it later on; pytest's
  // tmp_path and tmpdir fixtures are fresh temporary directories.
  if (S->Parameters.count(Name) && Name != "tmp_path" && Name != "tmpdir") {
    if (Out.Source.empty())
      Out.Source = "parameter '" + std::string(Name) + "'";
    return true;
  }
  const std::vector<TSNode> *Rights = assignments(Name, Function);
  if (!Rights)
    return false;
  TSNode Where = S->Assigned.count(Name) ? Function : TSNode{};
  bool Any = false;
  for (TSNode Right : *Rights)
    Any = computed(Right, Where, Depth + 1, Out) || Any;
  return Any;
}

bool ValueFlow::computed(TSNode Expr, TSNode Function, unsigned Depth, Provenance &Out) const {
  if (ts_node_is_null(Expr) || Depth > 24)
    return false;
  const char *Type = ts_node_type(Expr);
  std::string_view T(Type);
  if (T == "identifier")
    return nameComputed(text(Expr, Source), Function, Depth, Out);
  if (T == "string") {
    bool Any = false;
    for (TSNode Child : namedChildren(Expr))
      if (model::isKind(Child, python::kind::Interpolation))
        Any = computed(field(Child, python::fields::Expression), Function, Depth + 1, Out) || Any;
    return Any;
  }
  if (T == "attribute") {
    std::string Qualified = Names.qualify(Expr);
    for (std::string_view Source : externalValues())
      if (Qualified == Source) {
        if (Out.Source.empty())
          Out.Source = Qualified;
        return true;
      }
    // self.root = param in __init__: the attribute is computed wherever it was assigned.
    std::string_view Written = text(Expr, this->Source);
    if (Written.rfind("self.", 0) == 0) {
      for (const auto &[Start, S] : Functions) {
        (void)Start;
        auto It = S.Assigned.find(Written);
        if (It == S.Assigned.end())
          continue;
        for (TSNode Right : It->second)
          if (model::isKind(Right, python::kind::Identifier) && S.Parameters.count(text(Right, this->Source))) {
            if (Out.Source.empty())
              Out.Source = "parameter '" + std::string(text(Right, this->Source)) + "'";
            Out.Names.emplace_back(Written);
            return true;
          }
      }
      return false;
    }
    return computed(field(Expr, python::fields::Object), Function, Depth + 1, Out);
  }
  if (T == "call") {
    TSNode Callee = field(Expr, python::fields::Function);
    std::string Qualified = Names.qualify(Callee);
    for (std::string_view Temporary : temporaryDirectoryFunctions())
      if (Qualified == Temporary)
        return false;
    for (std::string_view Input : inputFunctions())
      if (Qualified == Input) {
        if (Out.Source.empty())
          Out.Source = Qualified + "()";
        return true;
      }
    std::string_view Method = calledName(Expr, Source);
    if (Method == "parse_args" || Method == "parse_known_args") {
      if (Out.Source.empty())
        Out.Source = "command-line arguments";
      return true;
    }
    if (Method == "mkdtemp" || Method == "TemporaryDirectory" || Method == "mkstemp")
      return false;
    bool PathFunction = false;
    for (std::string_view F : pathBuildingFunctions())
      PathFunction = PathFunction || Qualified == F;
    // What os.listdir(root) or glob.glob(pattern) returns is as computed as the root.
    for (std::string_view F : directoryListingFunctions())
      PathFunction = PathFunction || Qualified == F;
    bool Any = false;
    if (model::isKind(Callee, python::kind::Attribute)) {
      // A method of a computed value (p.resolve(), root.joinpath(x), "{}/x".format(root)).
      Any = computed(field(Callee, python::fields::Object), Function, Depth + 1, Out);
      if (!PathFunction) {
        std::string_view Object = text(field(Callee, python::fields::Object), Source);
        if (!Any && (Method == "format" || Method == "join" || Method == "joinpath" || Method == "with_name" ||
                     Method == "with_suffix" || Method == "replace" || Method == "get") &&
            !Names.imported(Object.substr(0, Object.find('.'))))
          PathFunction = true;
        else if (Any)
          PathFunction = Method == "joinpath" || Method == "format" || Method == "join";
      }
    }
    if (PathFunction) {
      Arguments Args = callArguments(Expr, Source);
      for (TSNode A : Args.Positional)
        Any = computed(A, Function, Depth + 1, Out) || Any;
      for (const auto &[Key, Value] : Args.Keywords)
        Any = computed(Value, Function, Depth + 1, Out) || Any;
    }
    return Any;
  }
  if (T == "subscript")
    return computed(field(Expr, python::fields::Value), Function, Depth + 1, Out);
  if (T == "binary_operator" || T == "boolean_operator" || T == "parenthesized_expression" ||
      T == "conditional_expression" || T == "concatenated_string" || T == "list" || T == "tuple" ||
      T == "expression_list" || T == "list_comprehension" || T == "generator_expression" || T == "await") {
    bool Any = false;
    for (TSNode Child : namedChildren(Expr))
      Any = computed(Child, Function, Depth + 1, Out) || Any;
    return Any;
  }
  return false;
}

} // namespace blastradius::python

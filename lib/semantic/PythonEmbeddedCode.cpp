// Shell and SQL written as Python string literals go through the shell and SQL rules, with every
// finding at its line and column in the Python file:
// - subprocess.run/call/check_call/check_output/Popen with shell=True and a literal string, os.system
//   and os.popen with one; an argument list of literals (["rm", "-rf", "/srv/x"]) becomes the words
//   of one command, quoted as the shell would need them, each byte mapped to its literal; and
//   ["bash", "-c", SCRIPT] hands SCRIPT itself to the shell rules;
// - Django's migrations.RunSQL(sql), Alembic's op.execute(sql) and DB-API/SQLAlchemy
//   .execute(sql) / .executescript(sql) with a literal SQL statement.
// This analyser reports nothing itself: the shell and SQL rules do.
#include "python/PythonData.h"
#include "python/PythonFields.h"
#include "python/PythonKinds.h"
#include "python/PythonGuards.h"
#include "python/PythonSyntax.h"
#include "semantic/Analyzers.h"

#include <algorithm>
#include <cctype>

namespace blastradius {

namespace {

using namespace python;

bool needsQuoting(std::string_view Word) {
  if (Word.empty())
    return true;
  for (char C : Word)
    if (!std::isalnum(static_cast<unsigned char>(C)) && std::string_view("_@%+=:,./-").find(C) == std::string_view::npos)
      return true;
  return false;
}

/// A word piece: literal text, quoted as the shell needs it, with its host offsets.
void appendQuoted(EmbeddedSnippet &Out, std::string_view Text, const uint32_t *Offsets, uint32_t Open,
                  uint32_t Close) {
  bool Quote = needsQuoting(Text);
  if (Quote) {
    Out.Text += '\'';
    Out.HostOffsets.push_back(Open);
  }
  for (size_t B = 0; B < Text.size(); ++B) {
    if (Quote && Text[B] == '\'') {
      for (char C : std::string_view("'\\''")) {
        Out.Text += C;
        Out.HostOffsets.push_back(Offsets[B]);
      }
      continue;
    }
    Out.Text += Text[B];
    Out.HostOffsets.push_back(Offsets[B]);
  }
  if (Quote) {
    Out.Text += '\'';
    Out.HostOffsets.push_back(Close);
  }
}

/// The words of an argument list as one shell command: `["rm", "-rf", "a b"]` -> `rm -rf 'a b'`.
/// Every byte maps to the literal it came from; quotes and spaces to the nearest quote. A value
/// that is not a literal (a name, an f-string field) becomes what Value says: a double-quoted
/// `"${PY_name}"` the shell rules treat as possibly empty, or a literal stand-in.
std::optional<EmbeddedSnippet> joinWords(const std::vector<TSNode> &Items, std::string_view Source,
                                         const std::function<std::string(TSNode)> &Value) {
  EmbeddedSnippet Out;
  for (size_t I = 0; I < Items.size(); ++I) {
    std::vector<std::string> Placeholders;
    Interpolator Mark = [&](TSNode Expression) -> std::optional<std::string> {
      Placeholders.push_back(Value(Expression));
      return std::string("\x01") + std::to_string(Placeholders.size() - 1) + "\x02";
    };
    std::optional<EmbeddedSnippet> Word = stringLiteral(Items[I], Source, &Mark);
    uint32_t Open = ts_node_start_byte(Items[I]);
    if (!Word) {
      if (model::isKind(Items[I], python::kind::ListSplat) || model::isKind(Items[I], python::kind::String))
        return std::nullopt;
      Word = EmbeddedSnippet{};
      Placeholders.push_back(Value(Items[I]));
      Word->Text = "\x01" "0\x02";
      Word->HostOffsets.assign(Word->Text.size() + 1, Open);
    }
    uint32_t Close = Word->HostOffsets.empty() ? ts_node_end_byte(Items[I]) : Word->HostOffsets.back();
    if (I > 0) {
      Out.Text += ' ';
      Out.HostOffsets.push_back(Open);
    }
    const std::string &Text = Word->Text;
    if (Text.empty())
      appendQuoted(Out, "", nullptr, Open, Close);
    size_t At = 0;
    while (At < Text.size()) {
      size_t Mark1 = Text.find('\x01', At);
      size_t Literal = (Mark1 == std::string::npos ? Text.size() : Mark1) - At;
      if (Literal > 0)
        appendQuoted(Out, std::string_view(Text).substr(At, Literal), &Word->HostOffsets[At], Open, Close);
      if (Mark1 == std::string::npos)
        break;
      size_t Mark2 = Text.find('\x02', Mark1);
      if (Mark2 == std::string::npos)
        return std::nullopt;
      // A \x01 of the literal's own is not a mark: such a word is not worth guessing at.
      size_t Index = 0;
      if (Mark2 == Mark1 + 1 || Mark2 - Mark1 > 8)
        return std::nullopt;
      for (size_t D = Mark1 + 1; D < Mark2; ++D) {
        if (!std::isdigit(static_cast<unsigned char>(Text[D])))
          return std::nullopt;
        Index = Index * 10 + static_cast<size_t>(Text[D] - '0');
      }
      if (Index >= Placeholders.size())
        return std::nullopt;
      const std::string &Stand = Placeholders[Index];
      bool Variable = !Stand.empty() && Stand[0] == '$';
      std::string Piece = Variable ? "\"" + Stand + "\"" : Stand;
      for (char C : Piece) {
        Out.Text += C;
        Out.HostOffsets.push_back(Word->HostOffsets[Mark1]);
      }
      At = Mark2 + 1;
    }
  }
  Out.HostOffsets.push_back(Items.empty() ? 0 : ts_node_end_byte(Items.back()));
  return Out;
}

bool isCommandStringFlag(std::string_view Word) {
  if (Word.size() < 2 || Word[0] != '-' || Word.back() != 'c')
    return false;
  return std::all_of(Word.begin() + 1, Word.end(), [](char C) { return std::isalpha(static_cast<unsigned char>(C)); });
}

bool looksLikeSql(std::string_view Text) {
  size_t First = Text.find_first_not_of(" \t\r\n(");
  if (First == std::string_view::npos)
    return false;
  std::string Word;
  for (size_t I = First; I < Text.size() && std::isalpha(static_cast<unsigned char>(Text[I])); ++I)
    Word += static_cast<char>(std::toupper(static_cast<unsigned char>(Text[I])));
  for (std::string_view Keyword : {"DROP", "TRUNCATE", "DELETE", "UPDATE", "ALTER", "CREATE", "INSERT", "RENAME",
                                   "WITH", "BEGIN", "SET", "GRANT", "REVOKE", "COMMENT", "REINDEX", "VACUUM"})
    if (Word == Keyword)
      return true;
  return false;
}

class EmbeddedCode {
public:
  explicit EmbeddedCode(SemanticContext &Context)
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

  /// The call being looked at: f-string fields are judged where it runs.
  TSNode CurrentCall{};
  const std::vector<TSNode> *CurrentAncestors = nullptr;

  /// What a value that is not a literal stands for in the shell text: `${PY_name}` (which the
  /// shell rules treat as possibly empty) when it is computed (a parameter, sys.argv, the
  /// environment, input()) and not validated before the call; otherwise a literal word.
  std::string standIn(TSNode Expr, TSNode Function) const {
    Provenance P = Flow.provenance(Expr, Function);
    if (P.Computed && CurrentAncestors) {
      std::vector<std::string> Guard = P.Names;
      Flow.addDerivedNames(Guard, Function);
      bool Checked = guardedOnPath(
          CurrentCall, *CurrentAncestors, Names, Source, [&](TSNode C) { return testsPath(C, Guard, Source); },
          [&](TSNode S) { return checksPath(S, Guard, Source); });
      if (!Checked) {
        std::string Name;
        for (char C : text(Expr, Source))
          if (std::isalnum(static_cast<unsigned char>(C)) || C == '_')
            Name += C;
          else if (!Name.empty() && Name.back() != '_')
            Name += '_';
        return "${PY_" + (Name.empty() ? std::string("value") : Name.substr(0, 40)) + "}";
      }
    }
    return "PYVALUE";
  }

  /// A literal (f-string fields as stand-ins), or a name assigned exactly one in its scope.
  /// In SQL a field is a name or value the rules cannot know: a neutral identifier stands in.
  std::optional<EmbeddedSnippet> literalValue(TSNode Expr, TSNode Function, bool Sql = false) const {
    Interpolator Fields = [&](TSNode Field) -> std::optional<std::string> {
      return Sql ? std::string("py_value") : standIn(Field, Function);
    };
    if (std::optional<EmbeddedSnippet> Direct = stringLiteral(Expr, Source, &Fields))
      return Direct;
    if (model::isKind(Expr, python::kind::Identifier))
      return stringLiteral(Flow.singleAssignment(text(Expr, Source), Function), Source, &Fields);
    return std::nullopt;
  }

  TSNode listValue(TSNode Expr, TSNode Function) const {
    if (model::isKind(Expr, python::kind::Identifier))
      Expr = Flow.singleAssignment(text(Expr, Source), Function);
    return model::isKind(Expr, python::kind::List) || model::isKind(Expr, python::kind::Tuple) ? Expr : TSNode{};
  }

  void hand(const std::optional<EmbeddedSnippet> &Snippet, std::string_view Language) {
    if (Snippet && !Snippet->Text.empty())
      Context.services().AnalyzeEmbedded(*Snippet, Language);
  }

  void checkCommand(TSNode Call, const CommandFunction &Command, TSNode Function) {
    Arguments Args = callArguments(Call, Source);
    TSNode Cmd = Args.get(0, Command.AlwaysShell ? "command" : "args");
    if (ts_node_is_null(Cmd))
      Cmd = Args.get(0, "cmd");
    if (ts_node_is_null(Cmd))
      return;
    bool Shell = Command.AlwaysShell || isTrue(Args.keyword("shell"));
    TSNode List = listValue(Cmd, Function);
    if (Shell) {
      // With shell=True a list's first item is the script (the others are $0, $1 ...).
      if (!ts_node_is_null(List)) {
        model::NodeList Items = namedChildren(List);
        if (!Items.empty())
          hand(literalValue(Items.front(), Function), "bash");
        return;
      }
      hand(literalValue(Cmd, Function), "bash");
      return;
    }
    // shlex.split("rm -rf /x") and "rm -rf /x".split(): the literal is the command line.
    if (model::isKind(Cmd, python::kind::Call)) {
      std::string Qualified = Names.qualify(field(Cmd, python::fields::Function));
      TSNode Callee = field(Cmd, python::fields::Function);
      if (Qualified == "shlex.split") {
        Arguments Inner = callArguments(Cmd, Source);
        if (!Inner.Positional.empty())
          hand(literalValue(Inner.Positional.front(), Function), "bash");
      } else if (model::isKind(Callee, python::kind::Attribute) && calledName(Cmd, Source) == "split" &&
                 callArguments(Cmd, Source).Positional.empty()) {
        hand(stringLiteral(field(Callee, python::fields::Object), Source), "bash");
      }
      return;
    }
    if (ts_node_is_null(List))
      return;
    std::vector<TSNode> Items;
    for (TSNode Item : namedChildren(List))
      if (!model::isKind(Item, python::kind::Comment))
        Items.push_back(Item);
    if (Items.size() >= 3) {
      std::optional<EmbeddedSnippet> Program = stringLiteral(Items[0], Source);
      std::optional<EmbeddedSnippet> Flag = stringLiteral(Items[1], Source);
      size_t Script = 2;
      // ["/usr/bin/env", "bash", "-c", SCRIPT]
      if (Program && Program->Text == "/usr/bin/env" && Items.size() >= 4) {
        Program = stringLiteral(Items[1], Source);
        Flag = stringLiteral(Items[2], Source);
        Script = 3;
      }
      const std::vector<std::string_view> &Shells = shellPrograms();
      if (Program && Flag && std::find(Shells.begin(), Shells.end(), Program->Text) != Shells.end() &&
          isCommandStringFlag(Flag->Text)) {
        hand(literalValue(Items[Script], Function), "bash");
        return;
      }
    }
    hand(joinWords(Items, Source, [&](TSNode Item) { return standIn(Item, Function); }), "bash");
  }

  void handSql(TSNode Expr, TSNode Function) {
    if (TSNode List = listValue(Expr, Function); !ts_node_is_null(List)) {
      for (TSNode Item : namedChildren(List)) {
        // RunSQL([("INSERT ... %s", [params]), ...])
        if (model::isKind(Item, python::kind::Tuple) && !namedChildren(Item).empty())
          Item = namedChildren(Item).front();
        std::optional<EmbeddedSnippet> Sql = stringLiteral(Item, Source);
        if (Sql && looksLikeSql(Sql->Text))
          hand(Sql, "sql");
      }
      return;
    }
    // sqlalchemy.text("...")
    if (model::isKind(Expr, python::kind::Call)) {
      std::string Qualified = Names.qualify(field(Expr, python::fields::Function));
      if (Qualified == "sqlalchemy.text" || Qualified == "sqlalchemy.sql.text" || Qualified == "text" ||
          Qualified == "sqlalchemy.sql.expression.text") {
        Arguments Inner = callArguments(Expr, Source);
        if (!Inner.Positional.empty())
          Expr = Inner.Positional.front();
      }
    }
    std::optional<EmbeddedSnippet> Sql = literalValue(Expr, Function, true);
    if (Sql && looksLikeSql(Sql->Text))
      hand(Sql, "sql");
  }

  void checkCall(TSNode Call, const std::vector<TSNode> &Ancestors) {
    TSNode Function = enclosingFunction(Ancestors);
    CurrentCall = Call;
    CurrentAncestors = &Ancestors;
    std::string Qualified = Names.qualify(field(Call, python::fields::Function));
    for (const CommandFunction &Command : commandFunctions())
      if (Qualified == Command.Name) {
        checkCommand(Call, Command, Function);
        return;
      }
    Arguments Args = callArguments(Call, Source);
    if (Qualified == "django.db.migrations.RunSQL" || Qualified == "django.db.migrations.operations.RunSQL") {
      handSql(Args.get(0, "sql"), Function);
      return;
    }
    std::string_view Method = calledName(Call, Source);
    if (model::isKind(field(Call, python::fields::Function), python::kind::Attribute) && (Method == "execute" || Method == "executescript") &&
        !Args.Positional.empty())
      handSql(Args.Positional.front(), Function);
  }
};

class PythonEmbeddedCode final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "python-embedded-code"; }
  std::string_view description() const override {
    return "hands shell commands (subprocess, os.system) and SQL (RunSQL, op.execute, cursor.execute) written as "
           "Python literals to the shell and SQL rules";
  }
  std::vector<std::string_view> ruleIds() const override { return {}; }
  bool appliesTo(std::string_view Language) const override { return Language == "python"; }
  std::vector<std::string_view> embeddedLanguages() const override { return {"bash", "sql"}; }
  void analyze(SemanticContext &Context) const override {
    if (Context.services().AnalyzeEmbedded)
      EmbeddedCode(Context).run();
  }
};

} // namespace

const SemanticAnalyzer &pythonEmbeddedCodeAnalyzer() {
  static const PythonEmbeddedCode Instance;
  return Instance;
}

} // namespace blastradius

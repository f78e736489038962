// Code that a shell script hands to another interpreter goes through that language's rules, with
// every finding at its place in the script: the literal script of `eval '...'` and `bash -c "..."`
// (bash again, re-parsed) and the here-document of `bash <<'EOF'`, and the SQL given to psql (`-c`, `--command`), mysql/mariadb (`-e`,
// `--execute`), here-documents (`psql <<'SQL'`) and here-strings. It reports nothing itself, so it
// runs whatever rules are loaded: a custom SQL rule sees the SQL in scripts too.
#include "semantic/Analyzers.h"
#include "shell/BashKinds.h"

#include "Query.h"
#include "shell/CommandLine.h"
#include "shell/CommandData.h"
#include "shell/CommandNameGate.h"
#include "shell/ScriptIndex.h"
#include "model/TreeSitterUtil.h"

#include <algorithm>
#include <cstring>

namespace blastradius {

namespace {

using shell::CommandLine;
using shell::CommandWord;

using model::isType;

/// The commands whose words embed code: eval and the shells (embedScript), the SQL clients (embedSql).
bool embedsCode(std::string_view Name) {
  if (Name == "eval" || Name == "psql" || Name == "mysql" || Name == "mariadb")
    return true;
  const std::vector<std::string_view> &Shells = shell::shells();
  return std::find(Shells.begin(), Shells.end(), Name) != Shells.end();
}

void embedScript(SemanticContext &Context, const CommandLine &Line, TSNode Parent) {
  size_t Index = shell::inlineScriptWord(Line);
  if (!Index) {
    // `bash <<'EOF'`, `sudo sh -s <<EOF`: a shell with no script operand reads its script from
    // standard input.
    if (!shell::readsScriptFromInput(Line))
      return;
    if (std::optional<EmbeddedSnippet> Input = shell::standardInputSnippet(Line.Command, Parent, Context.text()))
      Context.services().AnalyzeEmbedded(*Input, "bash");
    return;
  }
  if (std::optional<EmbeddedSnippet> Snippet = shell::wordSnippet(Line.Words[Index].Node, Context.text()))
    Context.services().AnalyzeEmbedded(*Snippet, "bash");
}

/// psql's own backslash commands (`\dt`, `\copy`, `\set`, `\q`) are not SQL: a line starting with
/// one is blanked (offsets kept), and a -c string that is one is not SQL at all.
void blankMetaCommands(EmbeddedSnippet &Snippet) {
  std::string &Text = Snippet.Text;
  size_t LineStart = 0;
  while (LineStart < Text.size()) {
    size_t LineEnd = Text.find('\n', LineStart);
    if (LineEnd == std::string::npos)
      LineEnd = Text.size();
    size_t First = Text.find_first_not_of(" \t", LineStart);
    if (First < LineEnd && Text[First] == '\\')
      std::fill(Text.begin() + First, Text.begin() + LineEnd, ' ');
    LineStart = LineEnd + 1;
  }
}

void embedSql(SemanticContext &Context, const CommandLine &Line, TSNode Parent) {
  const std::string &Name = Line.name();
  bool Psql = Name == "psql";
  if (!Psql && Name != "mysql" && Name != "mariadb")
    return;
  std::string_view Text = Context.text();
  std::string Short = Psql ? "-c" : "-e", Long = Psql ? "--command" : "--execute";
  for (size_t I = 1; I < Line.Words.size(); ++I) {
    const CommandWord &Word = Line.Words[I];
    std::optional<EmbeddedSnippet> Snippet;
    if (Word.Literal && (Word.Text == Short || Word.Text == Long) && I + 1 < Line.Words.size()) {
      Snippet = shell::wordSnippet(Line.Words[++I].Node, Text);
    } else if (model::isKind(Word.Node, shell::kind::Concatenation) && ts_node_named_child_count(Word.Node) == 2) {
      // --command='SQL' and -c'SQL': the option, then the quoted value.
      TSNode Option = ts_node_named_child(Word.Node, 0), Value = ts_node_named_child(Word.Node, 1);
      std::string_view OptionText = nodeText(Option, Text);
      if (OptionText == Long + "=" || OptionText == Short)
        Snippet = shell::wordSnippet(Value, Text);
    } else if (Word.Literal && model::isKind(Word.Node, shell::kind::Word) && Word.Text.rfind(Long + "=", 0) == 0) {
      Snippet = shell::wordSnippet(Word.Node, Text);
      if (Snippet) {
        Snippet->Text.erase(0, Long.size() + 1);
        Snippet->HostOffsets.erase(Snippet->HostOffsets.begin(), Snippet->HostOffsets.begin() + Long.size() + 1);
      }
    }
    if (!Snippet)
      continue;
    size_t First = Snippet->Text.find_first_not_of(" \t\n");
    if (First == std::string::npos || (Psql && Snippet->Text[First] == '\\'))
      continue;
    Context.services().AnalyzeEmbedded(*Snippet, "sql");
  }
  if (std::optional<EmbeddedSnippet> Input = shell::standardInputSnippet(Line.Command, Parent, Text)) {
    if (Psql)
      blankMetaCommands(*Input);
    Context.services().AnalyzeEmbedded(*Input, "sql");
  }
}

class ShellEmbeddedCode final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "shell-embedded-code"; }
  std::string_view description() const override {
    return "Hands eval/sh -c scripts to the shell rules and psql/mysql SQL to the SQL rules";
  }
  std::vector<std::string_view> ruleIds() const override { return {}; }
  bool appliesTo(std::string_view FileLanguage) const override { return FileLanguage == "bash"; }
  std::vector<std::string_view> embeddedLanguages() const override { return {"bash", "sql"}; }

  void analyze(SemanticContext &Context) const override {
    if (!Context.services().AnalyzeEmbedded)
      return;
    // Every command the script runs, with its parent, from the file's one walk
    // (shell/ScriptIndex.h); a command's line is read only when its name may embed code.
    for (const shell::ScriptIndex::Statement &S : Context.shellScript().statements()) {
      if (S.InText || S.StatementKind != shell::ScriptIndex::Statement::Kind::Command ||
          !shell::mayBeNamed(S.PlainName, embedsCode))
        continue;
      if (std::optional<CommandLine> Line = shell::readCommandLine(S.Node, Context.text())) {
        embedScript(Context, *Line, S.Parent);
        embedSql(Context, *Line, S.Parent);
      }
    }
  }
};

} // namespace

const SemanticAnalyzer &shellEmbeddedCodeAnalyzer() {
  static const ShellEmbeddedCode Instance;
  return Instance;
}

} // namespace blastradius

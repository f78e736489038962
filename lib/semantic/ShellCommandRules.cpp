// Shell commands that tear infrastructure down or overwrite data (terraform destroy, kubectl
// delete namespace, aws s3 rb --force, dropdb, mkfs, dd of=/dev/...), forced pushes to protected
// branches, unattended applies, a delete followed by the recreate of the same target (the
// scorched-earth fix), and destructive commands run where errexit is off after a step whose
// failure the script ignores. Commands are recognised through wrappers (sudo, env, xargs ...), in
// every compound command; literal scripts run by `eval` or `bash -c` come back here as embedded
// bash through ShellEmbeddedCode.cpp.
#include "semantic/Analyzers.h"
#include "shell/BashFields.h"
#include "shell/BashKinds.h"

#include "Query.h"
#include "shell/ShellWords.h"
#include "shell/CommandData.h"
#include "shell/CommandLine.h"
#include "shell/CommandNameGate.h"
#include "shell/ScriptIndex.h"
#include "StringHelpers.h"
#include "model/TreeSitterUtil.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <unordered_set>

namespace blastradius {

namespace {

using shell::CommandLine;
using shell::CommandWord;
using Statement = shell::ScriptIndex::Statement;

constexpr std::string_view TerraformDestroyRule = "bash-terraform-destroy";
constexpr std::string_view TeardownRule = "bash-infrastructure-teardown";
constexpr std::string_view DiskOverwriteRule = "bash-disk-overwrite";
constexpr std::string_view AutoApproveRule = "bash-auto-approved-apply";
constexpr std::string_view ForcePushRule = "bash-git-force-push-protected";
constexpr std::string_view RecreateRule = "bash-delete-then-recreate";
constexpr std::string_view NoErrexitRule = "bash-destructive-without-errexit";

using model::isType;

bool contains(const std::vector<std::string_view> &List, std::string_view Item) {
  return std::find(List.begin(), List.end(), Item) != List.end();
}

std::vector<std::string_view> split(std::string_view S, char Separator) {
  std::vector<std::string_view> Parts;
  size_t At = 0;
  for (;;) {
    size_t Next = S.find(Separator, At);
    Parts.push_back(S.substr(At, Next == std::string_view::npos ? std::string_view::npos : Next - At));
    if (Next == std::string_view::npos)
      return Parts;
    At = Next + 1;
  }
}

/// Calls Visit(Alternative) for each '|'-separated alternative of Spec until one returns true; no
/// allocation (these run for every command of every script against the whole command table).
template <typename VisitFn> bool anyAlternative(std::string_view Spec, VisitFn &&Visit) {
  for (size_t At = 0;;) {
    size_t Next = Spec.find('|', At);
    if (Visit(Spec.substr(At, Next == std::string_view::npos ? std::string_view::npos : Next - At)))
      return true;
    if (Next == std::string_view::npos)
      return false;
    At = Next + 1;
  }
}

bool toolMatches(std::string_view Spec, std::string_view Name) {
  return anyAlternative(Spec, [&](std::string_view Alternative) {
    if (!Alternative.empty() && Alternative.back() == '*')
      return startsWith(Name, Alternative.substr(0, Alternative.size() - 1));
    return Alternative == Name;
  });
}

bool wordMatches(std::string_view Spec, const CommandWord &Word) {
  if (Spec == "*")
    return true;
  if (!Word.Literal)
    return false;
  std::string_view Text = Word.Text;
  return anyAlternative(Spec, [&](std::string_view Alternative) {
    return Text == Alternative ||
           (Text.size() > Alternative.size() && startsWith(Text, Alternative) && Text[Alternative.size()] == '/');
  });
}

/// `-x`, `--long`, and options with a computed value (`-chdir="$dir"`).
bool isOption(const CommandWord &Word) { return Word.LiteralPrefix.size() > 1 && Word.LiteralPrefix[0] == '-'; }

/// The indices (in Words) of the positional words: not options, nor the values of options.
std::vector<size_t> positionals(const CommandLine &Line) {
  const std::vector<std::string_view> &TakingValue = shell::optionsTakingValue(Line.name());
  std::vector<size_t> Result;
  bool OptionsEnded = false;
  for (size_t I = 1; I < Line.Words.size(); ++I) {
    const CommandWord &Word = Line.Words[I];
    if (!OptionsEnded && Word.Literal && Word.Text == "--") {
      OptionsEnded = true;
      continue;
    }
    if (!OptionsEnded && isOption(Word)) {
      if (Word.Literal && Word.Text.find('=') == std::string::npos && contains(TakingValue, Word.Text))
        ++I;
      continue;
    }
    Result.push_back(I);
  }
  return Result;
}

/// Whether an option of that spec is present (see DestructiveCommand::AnyOf).
bool hasOption(const CommandLine &Line, std::string_view Spec) {
  bool Prefix = Spec.back() == '/' || Spec.find('=') != std::string_view::npos;
  for (size_t I = 1; I < Line.Words.size(); ++I) {
    const CommandWord &Word = Line.Words[I];
    if (Prefix && startsWith(Word.LiteralPrefix, Spec))
      return true;
    if (!Word.Literal)
      continue;
    std::string_view Text = Word.Text;
    if (Text == "--")
      break;
    if (!Prefix && Text == Spec)
      return true;
    if (!Prefix && startsWith(Text, std::string(Spec) + "=")) {
      std::string_view Value = Text.substr(Spec.size() + 1);
      if (Value != "false" && Value != "0")
        return true;
    }
  }
  return false;
}

bool hasAnyOption(const CommandLine &Line, const std::vector<std::string_view> &Specs) {
  return std::any_of(Specs.begin(), Specs.end(), [&](std::string_view S) { return hasOption(Line, S); });
}

/// The positional words of Line matched by Words (see DestructiveCommand::Words), or nullopt.
std::optional<std::vector<size_t>> matchWords(const CommandLine &Line, const std::vector<size_t> &Positionals,
                                              const std::vector<std::string_view> &Words) {
  std::vector<size_t> Matched;
  size_t At = 0;
  for (size_t W = 0; W < Words.size(); ++W) {
    if (Words[W] == "...") {
      if (W + 1 == Words.size())
        break;
      std::string_view Next = Words[++W];
      while (At < Positionals.size() && !wordMatches(Next, Line.Words[Positionals[At]]))
        ++At;
    }
    if (At >= Positionals.size() || !wordMatches(Words[W], Line.Words[Positionals[At]]))
      return std::nullopt;
    Matched.push_back(Positionals[At++]);
  }
  return Matched;
}

struct Match {
  const shell::DestructiveCommand *Entry = nullptr;
  std::vector<size_t> Words;
};

std::optional<Match> findDestructive(const CommandLine &Line) {
  for (size_t I = 1; I < Line.Words.size(); ++I)
    if (Line.Words[I].Literal && shell::isNonMutatingArgument(Line.Words[I].Text))
      return std::nullopt;
  std::vector<size_t> Positionals = positionals(Line);
  for (const shell::DestructiveCommand &Entry : shell::destructiveCommands()) {
    if (!toolMatches(Entry.Tool, Line.name()))
      continue;
    std::optional<std::vector<size_t>> Matched = matchWords(Line, Positionals, Entry.Words);
    if (!Matched)
      continue;
    if (!Entry.AnyOf.empty() && !hasAnyOption(Line, Entry.AnyOf))
      continue;
    if (hasAnyOption(Line, Entry.NoneOf))
      continue;
    if (Entry.NoFurtherOperands && Positionals.size() > Matched->size())
      continue;
    return Match{&Entry, *Matched};
  }
  return std::nullopt;
}

/// `rm -r`, `rm -rf`, `rm --recursive`: the path words, or nothing when not recursive.
std::vector<size_t> recursiveRmPaths(const CommandLine &Line) {
  if (Line.name() != "rm")
    return {};
  bool Recursive = false, OptionsEnded = false;
  std::vector<size_t> Paths;
  for (size_t I = 1; I < Line.Words.size(); ++I) {
    const CommandWord &Word = Line.Words[I];
    if (!OptionsEnded && Word.Literal && Word.Text == "--") {
      OptionsEnded = true;
    } else if (!OptionsEnded && isOption(Word)) {
      if (Word.Literal && (Word.Text == "--recursive" ||
                           (Word.Text[1] != '-' && Word.Text.find_first_of("rR") != std::string::npos)))
        Recursive = true;
    } else {
      Paths.push_back(I);
    }
  }
  return Recursive ? Paths : std::vector<size_t>{};
}

/// A path word as the key of a delete or recreate: `"$DATA_DIR/"`, `${DATA_DIR}` and `$DATA_DIR`
/// are the same directory.
std::string pathKey(const CommandWord &Word, std::string_view Text) {
  std::string Key;
  for (const shell::WordPart &Part : shell::wordParts(Word.Node, Text)) {
    if (Part.PartKind == shell::WordPart::Kind::Parameter && !Part.Variable.empty())
      Key += "$" + Part.Variable;
    else
      Key += Part.Text;
  }
  while (Key.size() > 1 && Key.back() == '/')
    Key.pop_back();
  while (startsWith(Key, "./") && Key.size() > 2)
    Key.erase(0, 2);
  return Key;
}

bool namesDataDirectory(std::string_view Key) {
  std::string Segment;
  const std::vector<std::string_view> &Names = shell::dataDirectorySegments();
  for (size_t I = 0; I <= Key.size(); ++I) {
    char C = I < Key.size() ? Key[I] : '/';
    if (std::isalnum(static_cast<unsigned char>(C))) {
      Segment += static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
      continue;
    }
    if (contains(Names, Segment))
      return true;
    Segment.clear();
  }
  return false;
}

/// The command line as written (wrappers left out), shortened for a message.
std::string quoted(const CommandLine &Line) {
  std::string Out;
  for (const CommandWord &Word : Line.Words) {
    if (!Out.empty())
      Out += ' ';
    Out += Word.Text;
    if (Out.size() > 80)
      return Out.substr(0, 77) + "...";
  }
  return Out;
}

/// `cd` alone, `cd ~`, `cd /`, `cd "$HOME"` and the script's own directory (`cd "$(dirname "$0")"`,
/// `"${BASH_SOURCE[0]}"`): directories that exist whenever the script runs.
bool cdCannotFail(const CommandLine &Line) {
  if (Line.Words.size() < 2)
    return true;
  const CommandWord &Target = Line.Words[1];
  if (Target.Literal)
    return Target.Text == "/" || Target.Text == "~" || Target.Text == "-";
  std::string_view Source = Target.Text;
  if (Source == "$HOME" || Source == "\"$HOME\"" || Source == "${HOME}" || Source == "\"${HOME}\"")
    return true;
  return Source.find("dirname") != std::string_view::npos &&
         (Source.find("$0") != std::string_view::npos || Source.find("BASH_SOURCE") != std::string_view::npos);
}

/// The command names ScriptWalk::command acts on: `set`, `cd`, the delete-then-recreate pairs, git,
/// rm and every tool of the destructive commands (shell/CommandData.h); any other command leaves
/// the walk's state and the report unchanged, so its line need not be read.
bool mayMatter(std::string_view Name) {
  // The destructive tools' alternatives, split once ("terraform|tofu", "mkfs.*"): exact names in
  // a hash set, the few prefixes in a list.
  struct Names {
    std::unordered_set<std::string_view> Exact = {"set",       "cd",   "pushd",   "git",    "rm",      "mkdir",
                                                  "terraform", "tofu", "kubectl", "dropdb", "createdb"};
    std::vector<std::string_view> Prefixes;
    Names() {
      for (const shell::DestructiveCommand &Entry : shell::destructiveCommands())
        for (std::string_view Alternative : split(Entry.Tool, '|')) {
          if (!Alternative.empty() && Alternative.back() == '*')
            Prefixes.push_back(Alternative.substr(0, Alternative.size() - 1));
          else
            Exact.insert(Alternative);
        }
    }
  };
  static const Names Tools;
  if (Tools.Exact.count(Name))
    return true;
  return std::any_of(Tools.Prefixes.begin(), Tools.Prefixes.end(),
                     [&](std::string_view Prefix) { return startsWith(Name, Prefix); });
}

/// One pass over the script in document order.
class ScriptWalk {
public:
  explicit ScriptWalk(SemanticContext &Context) : Context(Context), Text(Context.text()) {}

  void run();

private:
  struct Event {
    uint32_t Start = 0, End = 0;
    std::string What;
    bool Reported = false;
  };

  SemanticContext &Context;
  std::string_view Text;
  bool Errexit = false;
  /// The last `cd` whose failure the script would not notice (errexit off, no `|| exit`).
  std::optional<Event> SilentCd;
  /// Variables last assigned from a command substitution whose failure the script would not notice.
  std::map<std::string, Event, std::less<>> SilentAssignments;
  /// The directory of the last `cd`, part of a terraform destroy's identity.
  std::string Directory;
  std::map<std::string, Event> Deletes;

  std::string where(uint32_t Offset) const {
    // Embedded code's offsets are not the host's: its messages name no line.
    return Context.embedded() ? std::string() : " on line " + std::to_string(Context.source().position(Offset).Line);
  }

  void readShebang();
  void command(const Statement &Current);
  void assignment(const Statement &Current);
  void setCommand(const CommandLine &Line);
  bool gitForcePush(const CommandLine &Line);
  void deleteOrRecreate(const CommandLine &Line, const std::optional<Match> &M);
  void noteDelete(const std::string &Key, const CommandLine &Line, std::string What);
  void noteRecreate(const std::string &Key, const CommandLine &Line, std::string What);
  void destructive(const CommandLine &Line, const std::string &What, bool LinkAssignments = true);
};

void ScriptWalk::readShebang() {
  if (!startsWith(Text, "#!") || Context.embedded())
    return;
  std::string_view First = Text.substr(0, Text.find('\n'));
  for (std::string_view Token : split(First, ' ')) {
    if (Token.size() < 2 || Token[0] != '-' || Token[1] == '-')
      continue;
    if (Token.substr(1).find('e') != std::string_view::npos &&
        std::all_of(Token.begin() + 1, Token.end(), [](char C) { return std::isalpha(static_cast<unsigned char>(C)); }))
      Errexit = true;
  }
}

void ScriptWalk::run() {
  readShebang();
  // The statements in document order, from the file's one walk (shell/ScriptIndex.h).
  for (const Statement &Current : Context.shellScript().statements()) {
    if (Current.InText)
      continue;
    if (Current.StatementKind == Statement::Kind::Assignment)
      assignment(Current);
    else if (shell::mayBeNamed(Current.PlainName, mayMatter))
      command(Current);
  }
}

/// `X=$(cmd)` as a statement of its own: with errexit off, a failing cmd leaves X empty and the
/// script goes on.
void ScriptWalk::assignment(const Statement &Current) {
  if (Current.InList || Current.Exempt)
    return;
  // (The parent comes from the index: ts_node_parent searches down from the root each time.)
  TSNode Parent = Current.Parent;
  if (ts_node_is_null(Parent) || model::isKind(Parent, shell::kind::Command) || model::isKind(Parent, shell::kind::DeclarationCommand) ||
      model::isKind(Parent, shell::kind::VariableAssignments))
    return;
  TSNode Assignment = Current.Node;
  if (model::isKind(Assignment, shell::kind::DeclarationCommand)) {
    if (ts_node_named_child_count(Assignment) == 0)
      return;
    Assignment = ts_node_named_child(Assignment, ts_node_named_child_count(Assignment) - 1);
    if (!model::isKind(Assignment, shell::kind::VariableAssignment))
      return;
  }
  TSNode NameNode = model::childByField(Assignment, shell::field::Name);
  TSNode Value = model::childByField(Assignment, shell::field::Value);
  if (ts_node_is_null(NameNode))
    return;
  std::string_view Name = nodeText(NameNode, Text);
  std::string_view ValueText = ts_node_is_null(Value) ? std::string_view() : nodeText(Value, Text);
  bool Substitution =
      ValueText.find("$(") != std::string_view::npos || ValueText.find('`') != std::string_view::npos;
  // A later assignment replaces the value, checked or not.
  if (Errexit || !Substitution) {
    // (A lookup by view: most assignments are not remembered, and need no string.)
    if (auto It = SilentAssignments.find(Name); It != SilentAssignments.end())
      SilentAssignments.erase(It);
    return;
  }
  uint32_t Start = ts_node_start_byte(Current.Node);
  std::string_view Source = nodeText(Current.Node, Text);
  SilentAssignments[std::string(Name)] = Event{
      Start, ts_node_end_byte(Current.Node),
      "'" + std::string(Source.substr(0, std::min<size_t>(Source.size(), 60))) + "'" + where(Start)};
}

void ScriptWalk::setCommand(const CommandLine &Line) {
  for (size_t I = 1; I < Line.Words.size(); ++I) {
    const std::string &Word = Line.Words[I].Text;
    if (!Line.Words[I].Literal || Word == "--" || Word.size() < 2 || (Word[0] != '-' && Word[0] != '+'))
      break;
    bool On = Word[0] == '-';
    if (Word.substr(1) == "o" && I + 1 < Line.Words.size()) {
      if (Line.Words[I + 1].Text == "errexit")
        Errexit = On;
      ++I;
      continue;
    }
    if (Word[1] != '-' && Word.find('e', 1) != std::string::npos)
      Errexit = On;
  }
}

bool ScriptWalk::gitForcePush(const CommandLine &Line) {
  if (Line.name() != "git")
    return false;
  std::vector<size_t> Positionals = positionals(Line);
  if (Positionals.empty() || Line.Words[Positionals[0]].Text != "push")
    return false;
  for (const CommandWord &Word : Line.Words)
    if (Word.Literal && shell::isNonMutatingArgument(Word.Text))
      return false;
  bool Force = false, Lease = false, Delete = false, Every = false;
  for (size_t I = Positionals[0] + 1; I < Line.Words.size(); ++I) {
    const CommandWord &Word = Line.Words[I];
    if (!isOption(Word) || !Word.Literal)
      continue;
    const std::string &W = Word.Text;
    if (W == "--force")
      Force = true;
    else if (startsWith(W, "--force-with-lease") || W == "--force-if-includes")
      Lease = true;
    else if (W == "--delete")
      Delete = true;
    else if (W == "--all" || W == "--mirror" || W == "--branches")
      Every = true;
    else if (W[1] != '-') {
      Force = Force || W.find('f') != std::string::npos;
      Delete = Delete || W.find('d') != std::string::npos;
    }
  }
  // push [remote [refspec...]]: the refspecs come after the remote.
  const std::vector<std::string_view> &Protected = shell::protectedBranches();
  std::string Target;
  bool RefForce = false;
  for (size_t P = 2; P < Positionals.size(); ++P) {
    const CommandWord &Word = Line.Words[Positionals[P]];
    if (!Word.Literal)
      continue;
    std::string_view Ref = Word.Text;
    bool Plus = !Ref.empty() && Ref[0] == '+';
    if (Plus)
      Ref.remove_prefix(1);
    size_t Colon = Ref.find(':');
    bool EmptySource = Colon == 0;
    std::string_view Destination = Colon == std::string_view::npos ? Ref : Ref.substr(Colon + 1);
    if (startsWith(Destination, "refs/heads/"))
      Destination.remove_prefix(11);
    if (!contains(Protected, Destination))
      continue;
    Target = std::string(Destination);
    RefForce = Plus;
    if (EmptySource)
      Delete = true;
    break;
  }
  std::optional<Level> LevelOverride;
  std::string What;
  if (!Target.empty() && Delete) {
    What = "deletes the protected branch '" + Target + "' on the remote";
  } else if (!Target.empty() && (Force || RefForce)) {
    What = "force-pushes to '" + Target + "', replacing its history with the local one";
  } else if (Every && Force) {
    What = "force-pushes every branch, main and master included";
  } else if (!Target.empty() && Lease) {
    What = "force-pushes to '" + Target + "' with a lease (it refuses only when the remote moved since the last fetch)";
    LevelOverride = Level::Note;
  } else {
    return false;
  }
  Context.report(ForcePushRule, Line.Words[0].Begin, Line.Words.back().End, "'" + quoted(Line) + "' " + What,
                 LevelOverride);
  return true;
}

/// Remembers deletes by target and reports one when the same target is recreated later.
void ScriptWalk::noteDelete(const std::string &Key, const CommandLine &Line, std::string What) {
  Event E{Line.Words[0].Begin, Line.Words.back().End, std::move(What) + where(Line.Words[0].Begin)};
  Deletes[Key] = E;
}

void ScriptWalk::noteRecreate(const std::string &Key, const CommandLine &Line, std::string What) {
  auto It = Deletes.find(Key);
  if (It == Deletes.end() || It->second.Reported)
    return;
  It->second.Reported = true;
  Context.report(RecreateRule, It->second.Start, It->second.End,
                 It->second.What + " is followed by '" + What + "'" + where(Line.Words[0].Begin));
}

void ScriptWalk::deleteOrRecreate(const CommandLine &Line, const std::optional<Match> &M) {
  const std::string &Name = Line.name();
  std::vector<size_t> Positionals = positionals(Line);
  auto firstPositional = [&](size_t Skip) -> const CommandWord * {
    return Positionals.size() > Skip ? &Line.Words[Positionals[Skip]] : nullptr;
  };
  if (Name == "terraform" || Name == "tofu") {
    std::string Chdir;
    for (const CommandWord &Word : Line.Words)
      if (Word.Literal && startsWith(Word.Text, "-chdir="))
        Chdir = Word.Text.substr(7);
    std::string Key = "terraform\n" + Directory + "\n" + Chdir;
    const CommandWord *Sub = firstPositional(0);
    if (!Sub)
      return;
    if (M && M->Entry->RuleId == TerraformDestroyRule && Sub->Text != "state")
      noteDelete(Key, Line, "'" + quoted(Line) + "'");
    else if (Sub->Text == "apply")
      noteRecreate(Key, Line, quoted(Line));
    return;
  }
  if (Name == "kubectl") {
    const CommandWord *Sub = firstPositional(0);
    if (!Sub || (Sub->Text != "delete" && Sub->Text != "apply" && Sub->Text != "create" && Sub->Text != "replace"))
      return;
    for (size_t I = 1; I + 1 < Line.Words.size(); ++I) {
      const std::string &W = Line.Words[I].Text;
      if (W != "-f" && W != "--filename" && W != "-k" && W != "--kustomize")
        continue;
      std::string Key = "kubectl\n" + pathKey(Line.Words[I + 1], Text);
      if (Sub->Text == "delete")
        noteDelete(Key, Line, "'" + quoted(Line) + "'");
      else
        noteRecreate(Key, Line, quoted(Line));
    }
    return;
  }
  if (Name == "dropdb" || Name == "createdb") {
    const CommandWord *Database = firstPositional(0);
    if (!Database)
      return;
    std::string Key = "database\n" + pathKey(*Database, Text);
    if (Name == "dropdb")
      noteDelete(Key, Line, "'" + quoted(Line) + "'");
    else
      noteRecreate(Key, Line, quoted(Line));
    return;
  }
  if (Name == "rm") {
    for (size_t I : recursiveRmPaths(Line)) {
      std::string Key = pathKey(Line.Words[I], Text);
      if (namesDataDirectory(Key))
        noteDelete("directory\n" + Key, Line, "'" + quoted(Line) + "'");
    }
    return;
  }
  if (Name == "mkdir")
    for (size_t I : Positionals)
      noteRecreate("directory\n" + pathKey(Line.Words[I], Text), Line, quoted(Line));
}

/// A destructive command: reported when errexit is off and an earlier step may have failed unseen.
void ScriptWalk::destructive(const CommandLine &Line, const std::string &What, bool LinkAssignments) {
  if (Errexit || Context.embedded())
    return;
  // An unchecked assignment of a variable the command uses, else an unchecked cd.
  const Event *Silent = nullptr;
  for (size_t I = 1; LinkAssignments && I < Line.Words.size() && !Silent; ++I) {
    if (Line.Words[I].Literal)
      continue;
    for (const shell::WordPart &Part : shell::wordParts(Line.Words[I].Node, Text)) {
      auto It = SilentAssignments.find(Part.Variable);
      if (Part.PartKind == shell::WordPart::Kind::Parameter && !Part.FailsIfEmpty && It != SilentAssignments.end()) {
        Silent = &It->second;
        break;
      }
    }
  }
  if (!Silent && SilentCd)
    Silent = &*SilentCd;
  if (!Silent)
    return;
  Context.report(NoErrexitRule, Line.Words[0].Begin, Line.Words.back().End,
                 What + " runs even if " + Silent->What + " failed");
}

void ScriptWalk::command(const Statement &Current) {
  std::optional<CommandLine> Line = shell::readCommandLine(Current.Node, Text);
  if (!Line)
    return;
  const std::string &Name = Line->name();
  if (Name == "set") {
    setCommand(*Line);
    return;
  }
  if (Name == "cd" || Name == "pushd") {
    if (!Current.InList && !Current.Exempt && !Errexit && !cdCannotFail(*Line))
      SilentCd = Event{Line->Words[0].Begin, Line->Words.back().End, "'" + quoted(*Line) + "'" +
                                                                             where(Line->Words[0].Begin)};
    if (Line->Words.size() > 1)
      Directory = pathKey(Line->Words[1], Text);
    return;
  }
  std::optional<Match> M = findDestructive(*Line);
  deleteOrRecreate(*Line, M);
  if (M) {
    std::optional<Level> LevelOverride;
    if (hasAnyOption(*Line, M->Entry->ErrorIf))
      LevelOverride = Level::Error;
    std::string Command = "'" + quoted(*Line) + "'";
    Context.report(M->Entry->RuleId, Line->Words[0].Begin, Line->Words.back().End,
                   Command + " " + std::string(M->Entry->Effect), LevelOverride);
    destructive(*Line, Command);
    return;
  }
  if (gitForcePush(*Line)) {
    destructive(*Line, "'" + quoted(*Line) + "'");
    return;
  }
  std::vector<size_t> Paths = recursiveRmPaths(*Line);
  // A recursive rm of a variable path: only after an unchecked cd. Its variables are the dataflow's
  // (bash-recursive-rm-unguarded-variable knows their guards: `${X:?}`, `[ -n "$X" ]`, mktemp).
  if (std::any_of(Paths.begin(), Paths.end(), [&](size_t I) { return !Line->Words[I].Literal; }))
    destructive(*Line, "'" + quoted(*Line) + "'", false);
}

class ShellCommands final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "shell-commands"; }
  std::string_view description() const override {
    return "Shell commands that tear down infrastructure or overwrite data, seen through wrappers, eval and sh -c";
  }
  std::vector<std::string_view> ruleIds() const override {
    return {TerraformDestroyRule, TeardownRule,  DiskOverwriteRule, AutoApproveRule,
            ForcePushRule,        RecreateRule, NoErrexitRule};
  }
  bool appliesTo(std::string_view FileLanguage) const override { return FileLanguage == "bash"; }
  void analyze(SemanticContext &Context) const override {
    ScriptWalk Walk(Context);
    Walk.run();
  }
};

} // namespace

const SemanticAnalyzer &shellCommandsAnalyzer() {
  static const ShellCommands Instance;
  return Instance;
}

} // namespace blastradius

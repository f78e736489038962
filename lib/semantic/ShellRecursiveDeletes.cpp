// Recursive deletes in shell scripts (bash, sh, and shell embedded in other files), judged on the
// script's dataflow (shell/ShellDataflow.h), which is built once per script:
//  - bash-recursive-rm-unguarded-variable: `rm -r` of a path that starts with an expansion that may
//    be empty and goes on with '/' or a glob ("$DIR/"* becomes /*);
//  - bash-find-delete-unguarded-root: `find ROOT ... -delete` / `-exec rm` with such a root, or an
//    unquoted root that may vanish (find then searches the current directory);
//  - bash-rm-system-path: a recursive delete of /, /*, ~, $HOME or a system directory, and
//    `--no-preserve-root` anywhere; also (as a warning) a system directory followed by expansions that
//    may be empty (`rm -r /home/$user`, `rm -fr /home/$(whoami)/*`, `rm -r /etc/*$config*`).
// Brace lists are expanded before judging (`rm -r /{bin,sbin}/$exec`); a brace list that pins names
// after an empty-able head (`rm -r "$DIR"/{.gitignore,ci}`) deletes named entries, not a tree.
// Commands are seen through sudo, env, command, exec, xargs ... (shell/ShellCommands.h).
#include "semantic/Analyzers.h"

#include "Query.h"
#include "shell/ShellCommands.h"
#include "shell/ShellData.h"
#include "shell/ShellDataflow.h"
#include "shell/BashKinds.h"
#include "shell/CommandNameGate.h"
#include "shell/ScriptIndex.h"

#include <algorithm>

namespace blastradius {

namespace {

using shell::ShellDataflow;
using shell::WordPart;

constexpr std::string_view RmRule = "bash-recursive-rm-unguarded-variable";
constexpr std::string_view FindRule = "bash-find-delete-unguarded-root";
constexpr std::string_view SystemRule = "bash-rm-system-path";

/// -r, -R, -rf, -fR, -rfv, --recursive ...
bool isRecursiveOption(std::string_view Arg) {
  if (Arg == "--recursive")
    return true;
  if (Arg.size() < 2 || Arg[0] != '-' || Arg[1] == '-')
    return false;
  return Arg.find_first_of("rR") != std::string_view::npos;
}

/// The name to show for an expansion: the variable, or the command substitution as written. Template
/// expressions of a host file (`${{ inputs.dir }}`) reach the shell as same-length variables padded with '_'
/// (see semantic/EmbeddedShell.cpp): named without the padding.
std::string describe(const WordPart &Part) {
  std::string Name = Part.Text;
  while (Name.size() > 2 && Name.back() == '_')
    Name.pop_back();
  return Name;
}

/// Whether a literal path names the root, the home directory or a system directory, or everything inside one
/// of them: /, /*, ~, ~/, ~/*, /usr, /etc/, /var/* ...
bool isSystemPath(std::string Path) {
  if (Path == "/" || Path == "/*" || Path == "/.*")
    return true;
  if (Path.size() >= 2 && Path.compare(Path.size() - 2, 2, "/*") == 0)
    Path.resize(Path.size() - 2);
  while (Path.size() > 1 && Path.back() == '/')
    Path.pop_back();
  if (Path == "~" || Path == "/")
    return true;
  return std::find(shell::SystemDirectories.begin(), shell::SystemDirectories.end(), Path) !=
         shell::SystemDirectories.end();
}

/// Bash brace expansion of a literal: "/{bin,sbin}/x" -> "/bin/x", "/sbin/x". Only comma lists
/// (ranges and nested lists stay as written); at most 64 words, the rest dropped.
std::vector<std::string> expandBraces(const std::string &Word) {
  std::vector<std::string> Done, Work = {Word};
  while (!Work.empty() && Done.size() < 64) {
    std::string W = std::move(Work.back());
    Work.pop_back();
    size_t Open = std::string::npos, Close = std::string::npos;
    for (size_t I = 0; I < W.size() && Close == std::string::npos; ++I) {
      if (W[I] == '{')
        Open = I;
      else if (W[I] == '}' && Open != std::string::npos)
        Close = I;
    }
    std::string_view Inside = Open == std::string::npos || Close == std::string::npos
                                  ? std::string_view()
                                  : std::string_view(W).substr(Open + 1, Close - Open - 1);
    if (Inside.find(',') == std::string_view::npos) {
      Done.push_back(W);
      continue;
    }
    std::vector<std::string> Alternatives;
    size_t Start = 0;
    while (true) {
      size_t Comma = Inside.find(',', Start);
      Alternatives.emplace_back(Inside.substr(Start, Comma == std::string_view::npos ? std::string_view::npos
                                                                                      : Comma - Start));
      if (Comma == std::string_view::npos)
        break;
      Start = Comma + 1;
    }
    for (auto It = Alternatives.rbegin(); It != Alternatives.rend() && Work.size() < 64; ++It)
      Work.push_back(W.substr(0, Open) + *It + W.substr(Close + 1));
  }
  std::reverse(Done.begin(), Done.end());
  return Done;
}

/// "/home//x" -> "/home/x", "/etc/**" -> "/etc/*": what the shell's path resolution and globbing make
/// of a path whose expansions came out empty.
std::string collapse(const std::string &Path) {
  std::string Out;
  for (char C : Path)
    if (!((C == '/' || C == '*') && !Out.empty() && Out.back() == C))
      Out += C;
  return Out;
}

/// The system path a word names ("/", "~/", "$HOME/*"), or "" when it names something else.
std::string systemPathIn(TSNode Word, std::string_view Text) {
  std::vector<WordPart> Parts = shell::wordParts(Word, Text);
  if (Parts.empty())
    return "";
  // $HOME, "$HOME"/, ${HOME}/*: the whole home directory.
  if (Parts[0].PartKind == WordPart::Kind::Parameter && Parts[0].Variable == "HOME" && Parts[0].Operator.empty()) {
    std::string Rest = Parts.size() == 2 && Parts[1].PartKind == WordPart::Kind::Literal ? Parts[1].Text : "";
    if (Parts.size() == 1 || (Parts.size() == 2 && (Rest == "/" || Rest == "/*" || Rest.empty())))
      return std::string(nodeText(Word, Text));
    return "";
  }
  bool Literal = false;
  std::string Path = shell::literalWord(Word, Text, Literal);
  if (!Literal)
    return "";
  for (const std::string &Alternative : expandBraces(Path))
    if (isSystemPath(Alternative))
      return std::string(nodeText(Word, Text));
  return "";
}

/// A literal system directory followed by expansions that may all be empty, where the empty case
/// names the directory or everything in it: "/home/$user" is "/home/", "/etc/*$config*" is "/etc/*".
/// Returns that path, or "".
std::string systemPathWhenEmpty(const std::vector<WordPart> &Parts, const ShellDataflow &Flow, int Function) {
  if (Parts.size() < 2 || Parts[0].PartKind != WordPart::Kind::Literal || Parts[0].Text.empty() ||
      (Parts[0].Text[0] != '/' && Parts[0].Text[0] != '~'))
    return "";
  std::string Remaining;
  for (const WordPart &Part : Parts) {
    if (Part.PartKind == WordPart::Kind::Literal)
      Remaining += Part.Text;
    else if (!Flow.mayBeEmpty(Part, Function))
      return "";
  }
  for (const std::string &Alternative : expandBraces(Remaining)) {
    std::string Path = collapse(Alternative);
    if (Path != "/" && Path != "/*" && isSystemPath(Path))
      return Path;
  }
  return "";
}

/// After an empty-able head, a brace list whose every alternative is a plain name ("/{.gitignore,ci}"):
/// an empty head then deletes those named entries of /, not a tree.
bool pinsNames(const std::vector<WordPart> &Parts, const WordPart *Head) {
  std::string Rest;
  bool AfterHead = false;
  for (const WordPart &Part : Parts) {
    if (&Part == Head) {
      AfterHead = true;
      continue;
    }
    if (!AfterHead)
      continue;
    if (Part.PartKind != WordPart::Kind::Literal)
      return false;
    Rest += Part.Text;
  }
  std::vector<std::string> Alternatives = expandBraces(Rest);
  if (Alternatives.size() < 2)
    return false;
  for (const std::string &Alternative : Alternatives) {
    size_t Slash = Alternative.find_last_of('/');
    std::string Last = Slash == std::string::npos ? Alternative : Alternative.substr(Slash + 1);
    if (Last.empty() || Last == "." || Last == ".." || Last.find_first_of("*?[") != std::string::npos)
      return false;
  }
  return true;
}

/// The expansion at the head of a path that, when empty, turns the path into / or a bare glob: "$DIR/"*,
/// $A$B/x, "$(dir)"*. nullptr when the head is literal or surely non-empty.
const WordPart *emptyHead(const std::vector<WordPart> &Parts, const ShellDataflow &Flow, int Function) {
  size_t Literal = 0;
  while (Literal < Parts.size() && (Parts[Literal].PartKind != WordPart::Kind::Literal || Parts[Literal].Text.empty()))
    ++Literal;
  if (Literal == 0 || Literal >= Parts.size())
    return nullptr;
  char First = Parts[Literal].Text[0];
  if (First != '/' && First != '*')
    return nullptr;
  for (size_t I = 0; I < Literal; ++I)
    if (Parts[I].PartKind != WordPart::Kind::Literal && !Flow.mayBeEmpty(Parts[I], Function))
      return nullptr;
  return &Parts[0];
}

/// `echo "$DIR/"* | xargs rm -rf`: the words the command before xargs in a pipeline prints, when it is echo
/// or printf (a printf format is skipped). Other producers are not analysed.
std::vector<TSNode> xargsInput(TSNode XargsCommand, std::string_view Text) {
  TSNode Parent = ts_node_parent(XargsCommand);
  if (!model::isKind(Parent, shell::kind::Pipeline))
    return {};
  TSNode Producer = ts_node_prev_named_sibling(XargsCommand);
  if (!model::isKind(Producer, shell::kind::Command))
    return {};
  shell::EffectiveCommand Printed = shell::effectiveCommand(Producer, Text);
  std::vector<TSNode> Words;
  bool SkippedFormat = Printed.Name != "printf";
  if (Printed.Name != "echo" && Printed.Name != "printf")
    return {};
  for (TSNode Arg : Printed.Arguments) {
    std::string_view Written = nodeText(Arg, Text);
    if (!Written.empty() && Written[0] == '-' && Words.empty())
      continue; // echo -n, printf -v ...
    if (!SkippedFormat) {
      SkippedFormat = true;
      continue;
    }
    Words.push_back(Arg);
  }
  return Words;
}

void checkRm(SemanticContext &Context, const ShellDataflow &Flow, const shell::EffectiveCommand &Command, int Function,
             TSNode Site) {
  std::string_view Text = Context.text();
  bool Recursive = false, OptionsEnded = false;
  std::vector<TSNode> Paths;
  for (TSNode Arg : Command.Arguments) {
    std::string_view Written = nodeText(Arg, Text);
    if (!OptionsEnded && Written == "--") {
      OptionsEnded = true;
      continue;
    }
    if (!OptionsEnded && !Written.empty() && Written[0] == '-') {
      Recursive |= isRecursiveOption(Written);
      if (Written == "--no-preserve-root")
        Context.report(SystemRule, ts_node_start_byte(Arg), ts_node_end_byte(Arg), "--no-preserve-root");
      continue;
    }
    Paths.push_back(Arg);
  }
  if (!Recursive)
    return;
  if (Command.ViaXargs)
    for (TSNode Word : xargsInput(Site, Text))
      Paths.push_back(Word);
  for (TSNode Path : Paths) {
    std::string System = systemPathIn(Path, Text);
    if (!System.empty()) {
      Context.report(SystemRule, ts_node_start_byte(Path), ts_node_end_byte(Path), "rm -r " + System);
      continue;
    }
    std::vector<WordPart> Parts = shell::wordParts(Path, Text);
    if (const WordPart *Head = emptyHead(Parts, Flow, Function)) {
      // emptyHead returns the first part; the head's last expansion is the one before the literal.
      const WordPart *Last = Head;
      while (Last + 1 < Parts.data() + Parts.size() && (Last + 1)->PartKind != WordPart::Kind::Literal)
        ++Last;
      if (!pinsNames(Parts, Last))
        Context.report(RmRule, ts_node_start_byte(Path), ts_node_end_byte(Path), describe(*Head));
      continue;
    }
    std::string WhenEmpty = systemPathWhenEmpty(Parts, Flow, Function);
    if (!WhenEmpty.empty())
      Context.report(SystemRule, ts_node_start_byte(Path), ts_node_end_byte(Path),
                     "rm -r " + std::string(nodeText(Path, Text)) + ", which is " + WhenEmpty +
                         " when its expansions are empty",
                     Level::Warning);
  }
}

bool isFindExpressionStart(std::string_view Word) {
  return !Word.empty() && (Word[0] == '-' || Word == "(" || Word == "\\(" || Word == "!" || Word == ")");
}

/// The action of find's expression that deletes ("-delete", "-exec rm" ...), looked for from
/// Args[First]; "" when it has none.
std::string findAction(const std::vector<TSNode> &Args, size_t First, std::string_view Text) {
  std::string Action;
  for (size_t J = First; J < Args.size() && Action.empty(); ++J) {
    bool Literal = false;
    std::string Word = shell::literalWord(Args[J], Text, Literal);
    if (Word == "-delete")
      Action = "-delete";
    if ((Word == "-exec" || Word == "-execdir" || Word == "-ok" || Word == "-okdir") && J + 1 < Args.size()) {
      std::string Program = shell::literalWord(Args[J + 1], Text, Literal);
      if (size_t Slash = Program.rfind('/'); Slash != std::string::npos)
        Program = Program.substr(Slash + 1);
      if (Program == "rm")
        Action = Word + " rm";
    }
  }
  return Action;
}

/// Whether checkRm or checkFind may report on the command: an rm with an option that makes it
/// recursive or is --no-preserve-root, a find with a deleting action. Any other command reports
/// nothing whatever the dataflow says.
bool mayReport(const shell::EffectiveCommand &Command, std::string_view Text) {
  if (Command.Name == "find")
    return !findAction(Command.Arguments, 0, Text).empty();
  if (Command.Name != "rm")
    return false;
  for (TSNode Arg : Command.Arguments) {
    std::string_view Written = nodeText(Arg, Text);
    if (Written == "--")
      return false;
    if (isRecursiveOption(Written) || Written == "--no-preserve-root")
      return true;
  }
  return false;
}

/// Whether the script needs its dataflow: a command that may report (seen through the same
/// wrappers, found among all the script's commands, those of here-documents too), or nesting deep
/// enough that building the dataflow reports its depth limit.
bool needsDataflow(const shell::ScriptIndex &Script, std::string_view Text) {
  if (Script.maxDepth() > shell::ShellDataflow::MaxDepth)
    return true;
  // effectiveCommand's wrappers (shell/ShellData.h) are among the gate's (shell/CommandData.h).
  auto RmOrFind = [](std::string_view Name) { return Name == "rm" || Name == "find"; };
  for (const shell::ScriptIndex::Statement &S : Script.statements())
    if (S.StatementKind == shell::ScriptIndex::Statement::Kind::Command &&
        shell::mayBeNamed(S.PlainName, RmOrFind) && mayReport(shell::effectiveCommand(S.Node, Text), Text))
      return true;
  return false;
}

void checkFind(SemanticContext &Context, const ShellDataflow &Flow, const shell::EffectiveCommand &Command,
               int Function) {
  std::string_view Text = Context.text();
  const std::vector<TSNode> &Args = Command.Arguments;
  size_t I = 0;
  // find's own leading options: -H -L -P, -D debugopts, -O3.
  for (; I < Args.size(); ++I) {
    std::string_view Word = nodeText(Args[I], Text);
    if (Word == "-H" || Word == "-L" || Word == "-P" || (Word.size() == 3 && Word.substr(0, 2) == "-O"))
      continue;
    if (Word == "-D") {
      ++I;
      continue;
    }
    break;
  }
  std::vector<TSNode> Roots;
  for (; I < Args.size() && !isFindExpressionStart(nodeText(Args[I], Text)); ++I)
    Roots.push_back(Args[I]);
  std::string Action = findAction(Args, I, Text);
  if (Action.empty())
    return;
  for (TSNode Root : Roots) {
    std::string System = systemPathIn(Root, Text);
    if (!System.empty()) {
      Context.report(SystemRule, ts_node_start_byte(Root), ts_node_end_byte(Root), "find " + System + " " + Action);
      continue;
    }
    std::vector<WordPart> Parts = shell::wordParts(Root, Text);
    const WordPart *Head = emptyHead(Parts, Flow, Function);
    // Unquoted and alone, an empty expansion vanishes and find searches the current directory. Quoted ("$X"),
    // an empty root is an error for find, which then deletes nothing.
    bool Unquoted = model::isKind(Root, shell::kind::SimpleExpansion) || model::isKind(Root, shell::kind::Expansion) ||
                    model::isKind(Root, shell::kind::CommandSubstitution);
    if (!Head && Unquoted && Parts.size() == 1 && Flow.mayBeEmpty(Parts[0], Function))
      Head = &Parts[0];
    if (Head)
      Context.report(FindRule, ts_node_start_byte(Root), ts_node_end_byte(Root), describe(*Head));
  }
}

class ShellRecursiveDeletes : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "shell-recursive-delete"; }
  std::string_view description() const override {
    return "recursive deletes (rm -r, find -delete/-exec rm) of paths that may "
           "be empty, /, ~ or a system "
           "directory, judged on a guard-aware dataflow of the script";
  }
  std::vector<std::string_view> ruleIds() const override { return {RmRule, FindRule, SystemRule}; }
  bool appliesTo(std::string_view FileLanguage) const override { return FileLanguage == "bash"; }
  void analyze(SemanticContext &Context) const override {
    if (!Context.ruleEnabled(RmRule) && !Context.ruleEnabled(FindRule) && !Context.ruleEnabled(SystemRule))
      return;
    // The dataflow costs more than everything else the shell analysers do: built only when a
    // command may use it.
    if (!needsDataflow(Context.shellScript(), Context.text()))
      return;
    const ShellDataflow &Flow = Context.shellDataflow();
    auto RmOrFind = [](std::string_view Name) { return Name == "rm" || Name == "find"; };
    for (const ShellDataflow::CommandSite &Site : Flow.commands()) {
      if (!shell::mayBeCommand(Site.Node, Context.text(), RmOrFind))
        continue;
      shell::EffectiveCommand Command = shell::effectiveCommand(Site.Node, Context.text());
      if (Command.Name == "rm")
        checkRm(Context, Flow, Command, Site.Function, Site.Node);
      else if (Command.Name == "find")
        checkFind(Context, Flow, Command, Site.Function);
    }
  }
};

} // namespace

const SemanticAnalyzer &shellRecursiveDeleteAnalyzer() {
  static const ShellRecursiveDeletes Instance;
  return Instance;
}

} // namespace blastradius

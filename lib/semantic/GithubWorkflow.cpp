#include "semantic/GithubWorkflow.h"

#include "AnalysisLimits.h"
#include "Languages.h"
#include "Query.h"
#include "shell/ShellWords.h"
#include "model/Yaml.h"
#include "StringHelpers.h"
#include "model/TreeSitterUtil.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include <tree_sitter/api.h>

namespace blastradius::gha {

using model::MapEntry;
using model::Node;
using model::NodeKind;

namespace {

/// `get` for a key whose value must be a mapping or sequence to be of use: nullptr otherwise.
const Node *mappingAt(const Node *Parent, std::string_view Key) {
  const Node *Value = Parent ? Parent->get(Key) : nullptr;
  return Value && Value->isMapping() ? Value : nullptr;
}

const MapEntry *onEntry(const Node &Root) {
  for (const MapEntry &Entry : Root.Entries)
    // `true:` is what a YAML 1.1 tool writes back for `on:`.
    if (Entry.Key.isScalar() &&
        (Entry.Key.Value == "on" || (Entry.Key.Kind == NodeKind::Bool && Entry.Key.Value == "true")))
      return &Entry;
  return nullptr;
}

std::vector<const Node *> eventsOf(const Node &On) {
  std::vector<const Node *> Events;
  if (On.isString()) {
    Events.push_back(&On);
  } else if (On.isSequence()) {
    for (const Node &Item : On.Items)
      if (Item.isString())
        Events.push_back(&Item);
  } else if (On.isMapping()) {
    for (const MapEntry &Entry : On.Entries)
      if (Entry.Key.isScalar())
        Events.push_back(&Entry.Key);
  }
  return Events;
}

Step stepOf(const Node &Body) {
  Step S;
  S.Body = &Body;
  S.Uses = Body.get("uses");
  S.Run = Body.get("run");
  S.With = mappingAt(&Body, "with");
  S.Env = Body.get("env");
  S.If = Body.get("if");
  S.Shell = Body.get("shell");
  return S;
}

Job jobOf(const MapEntry &Entry) {
  Job J;
  J.Id = Entry.Key.Value;
  J.Entry = &Entry;
  J.Body = &Entry.Value;
  J.Permissions = Entry.Value.get("permissions");
  J.Uses = Entry.Value.get("uses");
  J.Environment = Entry.Value.get("environment");
  J.If = Entry.Value.get("if");
  J.Env = Entry.Value.get("env");
  if (const Node *Steps = Entry.Value.get("steps"); Steps && Steps->isSequence())
    for (const Node &Item : Steps->Items)
      if (Item.isMapping())
        J.Steps.push_back(stepOf(Item));
  return J;
}

using model::isType;

/// Replaces every `${{ ... }}` with underscores of the same length (newlines kept).
std::string blankExpressions(std::string Text) {
  size_t Pos = 0;
  while ((Pos = Text.find("${{", Pos)) != std::string::npos) {
    size_t Close = Text.find("}}", Pos + 3);
    size_t End = Close == std::string::npos ? Text.size() : Close + 2;
    for (size_t I = Pos; I < End; ++I)
      if (Text[I] != '\n')
        Text[I] = '_';
    Pos = End;
  }
  return Text;
}

std::string baseName(std::string_view Path) {
  size_t Slash = Path.rfind('/');
  return std::string(Slash == std::string_view::npos ? Path : Path.substr(Slash + 1));
}

struct TreeDeleter {
  void operator()(TSTree *T) const { ts_tree_delete(T); }
};
struct ParserDeleter {
  void operator()(TSParser *P) const { ts_parser_delete(P); }
};

void collectCommands(TSNode Root, std::string_view Text, std::vector<ScriptCommand> &Out) {
  TSTreeCursor Cursor = ts_tree_cursor_new(Root);
  for (;;) {
    TSNode Current = ts_tree_cursor_current_node(&Cursor);
    if (isType(Current, "command")) {
      ScriptCommand Command;
      Command.Name = baseName(shell::commandName(Current, Text));
      Command.Begin = ts_node_start_byte(Current);
      Command.End = ts_node_end_byte(Current);
      TSNode NameNode = ts_node_child_by_field_name(Current, "name", 4);
      Command.NameBegin = ts_node_is_null(NameNode) ? Command.Begin : ts_node_start_byte(NameNode);
      for (TSNode Arg : shell::commandArguments(Current)) {
        std::vector<shell::WordPart> Parts = shell::wordParts(Arg, Text);
        bool Literal = Parts.size() == 1 && Parts[0].PartKind == shell::WordPart::Kind::Literal;
        Command.Args.push_back(Literal ? Parts[0].Text : std::string());
        Command.ArgRanges.emplace_back(ts_node_start_byte(Arg), ts_node_end_byte(Arg));
      }
      if (!Command.Name.empty())
        Out.push_back(std::move(Command));
    }
    // Commands nest (`$(...)`, `if`, subshells): keep descending.
    if (ts_tree_cursor_goto_first_child(&Cursor))
      continue;
    while (!ts_tree_cursor_goto_next_sibling(&Cursor))
      if (!ts_tree_cursor_goto_parent(&Cursor)) {
        ts_tree_cursor_delete(&Cursor);
        return;
      }
  }
}

bool isAssignment(std::string_view Word) {
  size_t Eq = Word.find('=');
  if (Eq == std::string_view::npos || Eq == 0)
    return false;
  return std::all_of(Word.begin(), Word.begin() + Eq, [](unsigned char C) { return std::isalnum(C) || C == '_'; });
}

/// `cdk@2`, `aws-cdk@latest` -> the binary a package runner starts.
std::string packageBinary(std::string_view Package) {
  size_t At = Package.find('@', Package.empty() || Package[0] != '@' ? 0 : 1);
  std::string Name(Package.substr(0, At));
  if (Name == "aws-cdk")
    return "cdk";
  if (Name == "cdktf-cli")
    return "cdktf";
  return baseName(Name);
}

} // namespace

std::string_view scalarText(const Node *Value) {
  if (!Value || !Value->isScalar())
    return {};
  return Value->Value;
}

std::string Step::action() const {
  std::string_view Text = scalarText(Uses);
  if (Text.empty() || usesOpaqueAction())
    return "";
  return lower(Text.substr(0, Text.find('@')));
}

bool Step::usesOpaqueAction() const {
  std::string_view Text = scalarText(Uses);
  return Text.substr(0, 2) == "./" || Text.substr(0, 9) == "docker://";
}

const Node *Step::input(std::string_view Key) const {
  const Node *Value = With ? With->get(Key) : nullptr;
  return Value && Value->isScalar() ? Value : nullptr;
}

bool Job::hasEnvironment() const {
  if (!Environment)
    return false;
  if (Environment->isMapping())
    return !scalarText(Environment->get("name")).empty();
  return !scalarText(Environment).empty();
}

bool Workflow::triggeredBy(std::string_view Event) const {
  return std::any_of(Events.begin(), Events.end(), [&](const Node *E) { return E->Value == Event; });
}

std::vector<Workflow> workflows(const std::vector<Node> &Documents) {
  std::vector<Workflow> Result;
  for (const Node &Root : Documents) {
    const Node *Jobs = mappingAt(&Root, "jobs");
    if (!Root.isMapping() || !Jobs)
      continue;
    Workflow W;
    W.Root = &Root;
    W.On = onEntry(Root);
    if (W.On)
      W.Events = eventsOf(W.On->Value);
    W.Permissions = Root.get("permissions");
    W.Env = Root.get("env");
    for (const MapEntry &Entry : Jobs->Entries)
      if (Entry.Key.isScalar() && Entry.Value.isMapping())
        W.Jobs.push_back(jobOf(Entry));
    Result.push_back(std::move(W));
  }
  return Result;
}

uint32_t Script::hostOffset(uint32_t Offset) const {
  if (Snippet.HostOffsets.empty())
    return 0;
  return Snippet.HostOffsets[std::min<size_t>(Offset, Snippet.HostOffsets.size() - 1)];
}

std::optional<Script> parseScript(std::string_view Host, const Step &TheStep) {
  if (!TheStep.Run || !TheStep.Run->isString())
    return std::nullopt;
  std::optional<EmbeddedSnippet> Snippet = model::scalarSnippet(Host, *TheStep.Run);
  if (!Snippet || Snippet->HostOffsets.size() != Snippet->Text.size() + 1)
    return std::nullopt;
  Script Result;
  Result.Snippet = std::move(*Snippet);
  std::string Blanked = blankExpressions(Result.Snippet.Text);

  std::unique_ptr<TSParser, ParserDeleter> Parser(ts_parser_new());
  if (!ts_parser_set_language(Parser.get(), treeSitterLanguage(Grammar::Bash)))
    return std::nullopt;
  ts_parser_set_timeout_micros(Parser.get(), parseTimeoutMicros());
  std::unique_ptr<TSTree, TreeDeleter> Tree(
      ts_parser_parse_string(Parser.get(), nullptr, Blanked.data(), static_cast<uint32_t>(Blanked.size())));
  if (!Tree) {
    noteAnalysisLimit("the parse of a workflow step's run: script ran past its time budget: that step was not analysed");
    return std::nullopt;
  }
  collectCommands(ts_tree_root_node(Tree.get()), Blanked, Result.Commands);
  return Result;
}

std::string effectiveCommand(const ScriptCommand &Command, size_t &FirstArgument) {
  std::string Name = Command.Name;
  size_t I = 0;
  const std::vector<std::string> &Args = Command.Args;
  // A few rounds: `sudo env X=1 npx cdk deploy`.
  for (int Round = 0; Round < 4; ++Round) {
    if (Name == "sudo" || Name == "env" || Name == "time" || Name == "nohup" || Name == "exec" || Name == "command" ||
        Name == "nice" || Name == "npx" || Name == "bunx") {
      bool Runner = Name == "npx" || Name == "bunx";
      while (I < Args.size() && (Args[I].substr(0, 1) == "-" || (Name == "env" && isAssignment(Args[I])))) {
        // Options that take the next word as their value.
        bool TakesValue = (Name == "sudo" && (Args[I] == "-u" || Args[I] == "-g")) ||
                          (Runner && (Args[I] == "-p" || Args[I] == "--package"));
        I += TakesValue ? 2 : 1;
      }
      if (I >= Args.size())
        return "";
      Name = Runner ? packageBinary(Args[I]) : baseName(Args[I]);
      ++I;
      continue;
    }
    // `npm exec cdk`, `pnpm dlx cdk`, `pnpm exec cdk`, `yarn dlx cdk`, `bun x cdk`.
    if ((Name == "npm" || Name == "pnpm" || Name == "yarn" || Name == "bun") && I < Args.size() &&
        (Args[I] == "exec" || Args[I] == "dlx" || Args[I] == "x")) {
      ++I;
      while (I < Args.size() && Args[I].substr(0, 1) == "-")
        ++I;
      if (I >= Args.size())
        return "";
      Name = packageBinary(Args[I]);
      ++I;
      continue;
    }
    break;
  }
  FirstArgument = I;
  return Name;
}

} // namespace blastradius::gha

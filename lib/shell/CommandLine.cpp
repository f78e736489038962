#include "shell/CommandLine.h"
#include "shell/BashFields.h"
#include "shell/BashKinds.h"

#include "Query.h"
#include "model/TreeSitterUtil.h"
#include "shell/ShellWords.h"
#include "shell/CommandData.h"

#include <algorithm>
#include <cstring>

namespace blastradius::shell {

namespace {

using model::isType;

std::string baseName(std::string_view Path) {
  size_t Slash = Path.rfind('/');
  return std::string(Slash == std::string_view::npos ? Path : Path.substr(Slash + 1));
}

bool isAssignment(std::string_view Word) {
  size_t Eq = Word.find('=');
  if (Eq == 0 || Eq == std::string_view::npos)
    return false;
  return std::all_of(Word.begin(), Word.begin() + Eq,
                     [](char C) { return C == '_' || std::isalnum(static_cast<unsigned char>(C)); });
}

bool contains(const std::vector<std::string_view> &List, std::string_view Item) {
  return std::find(List.begin(), List.end(), Item) != List.end();
}

const Wrapper *findWrapper(std::string_view Name) {
  for (const Wrapper &W : wrappers())
    if (W.Name == Name)
      return &W;
  return nullptr;
}

/// Peels one wrapper off Line. Returns false when the wrapper runs nothing.
bool peel(const Wrapper &W, CommandLine &Line) {
  size_t I = 1;
  std::vector<CommandWord> &Words = Line.Words;
  while (I < Words.size()) {
    const std::string &Word = Words[I].Text;
    if (Word == "--") {
      ++I;
      break;
    }
    if (W.TakesAssignments && Words[I].Literal && isAssignment(Word)) {
      ++I;
      continue;
    }
    if (Word.size() < 2 || Word[0] != '-')
      break;
    if (contains(W.OptionsRunningNothing, Word))
      return false;
    I += contains(W.OptionsTakingValue, Word) ? 2 : 1;
  }
  I += W.LeadingOperands;
  if (I >= Words.size())
    return false;
  Line.Wrappers.emplace_back(W.Name);
  Words.erase(Words.begin(), Words.begin() + I);
  Words[0].Text = baseName(Words[0].Text);
  return true;
}

/// Appends the host offset of every decoded byte.
void appendMapped(EmbeddedSnippet &Snippet, std::string_view Text, uint32_t Begin, uint32_t End) {
  for (uint32_t I = Begin; I < End && I < Text.size(); ++I) {
    Snippet.Text += Text[I];
    Snippet.HostOffsets.push_back(I);
  }
}

/// Decodes Text[Begin, End) as the inside of a double-quoted string (or, Plain, as an unquoted word).
void appendDecoded(EmbeddedSnippet &Snippet, std::string_view Text, uint32_t Begin, uint32_t End, bool Plain) {
  for (uint32_t I = Begin; I < End && I < Text.size(); ++I) {
    if (Text[I] == '\\' && I + 1 < End) {
      char Next = Text[I + 1];
      if (Next == '\n') {
        ++I;
        continue;
      }
      if (Plain || Next == '"' || Next == '\\' || Next == '$' || Next == '`') {
        ++I;
        Snippet.Text += Next;
        Snippet.HostOffsets.push_back(I);
        continue;
      }
    }
    Snippet.Text += Text[I];
    Snippet.HostOffsets.push_back(I);
  }
}

} // namespace

std::vector<CommandWord> commandWords(TSNode Command, std::string_view Text) {
  std::vector<CommandWord> Words;
  TSNode Name = model::childByField(Command, shell::field::Name);
  if (ts_node_is_null(Name))
    return Words;
  std::vector<TSNode> Nodes = {ts_node_named_child_count(Name) ? ts_node_named_child(Name, 0) : Name};
  for (TSNode Argument : commandArguments(Command))
    Nodes.push_back(Argument);
  for (TSNode Node : Nodes) {
    CommandWord Word;
    Word.Node = Node;
    Word.Begin = ts_node_start_byte(Node);
    Word.End = ts_node_end_byte(Node);
    if (model::isKind(Node, shell::kind::Word)) {
      // A plain word is one literal part, its text as written: wordParts would allocate to say so.
      std::string_view Written = nodeText(Node, Text);
      Word.Literal = true;
      Word.Text.reserve(Written.size());
      for (char C : Written)
        if (C != '\\')
          Word.Text += C;
      Word.LiteralPrefix = Word.Text;
      Words.push_back(std::move(Word));
      continue;
    }
    std::vector<WordPart> Parts = wordParts(Node, Text);
    Word.Literal = std::all_of(Parts.begin(), Parts.end(),
                               [](const WordPart &P) { return P.PartKind == WordPart::Kind::Literal; });
    for (const WordPart &P : Parts) {
      if (P.PartKind != WordPart::Kind::Literal)
        break;
      Word.LiteralPrefix += P.Text;
    }
    if (Word.Literal) {
      Word.Text = Word.LiteralPrefix;
      // An unquoted word keeps its backslashes in the tree: `\rm` runs rm.
      if (model::isKind(Node, shell::kind::Word))
        Word.Text.erase(std::remove(Word.Text.begin(), Word.Text.end(), '\\'), Word.Text.end());
      Word.LiteralPrefix = Word.Text;
    } else {
      Word.Text = std::string(nodeText(Node, Text));
    }
    Words.push_back(std::move(Word));
  }
  return Words;
}

std::optional<CommandLine> readCommandLine(TSNode Command, std::string_view Text) {
  CommandLine Line;
  Line.Command = Command;
  Line.Words = commandWords(Command, Text);
  if (Line.Words.empty() || !Line.Words[0].Literal)
    return std::nullopt;
  Line.Words[0].Text = baseName(Line.Words[0].Text);
  // A few rounds: `sudo env X=1 nohup terraform destroy`.
  for (int Round = 0; Round < 8; ++Round) {
    const std::string &Name = Line.name();
    // `eval word word ...` joins its words into a command: with plain words, that command is them.
    if (Name == "eval" && Line.Words.size() > 2) {
      Line.Wrappers.emplace_back("eval");
      Line.Words.erase(Line.Words.begin());
      Line.Words[0].Text = baseName(Line.Words[0].Text);
    } else if (const Wrapper *W = findWrapper(Name)) {
      if (!peel(*W, Line))
        return std::nullopt;
    } else {
      break;
    }
    if (!Line.Words[0].Literal)
      return std::nullopt;
  }
  return Line;
}

size_t inlineScriptWord(const CommandLine &Line) {
  const std::vector<CommandWord> &Words = Line.Words;
  if (Line.name() == "eval")
    return Words.size() == 2 ? 1 : 0;
  if (!contains(shells(), Line.name()))
    return 0;
  size_t I = 1;
  if (Line.name() == "busybox") {
    if (Words.size() < 2 || (Words[1].Text != "sh" && Words[1].Text != "ash"))
      return 0;
    I = 2;
  }
  bool SawC = false;
  for (; I < Words.size(); ++I) {
    const std::string &Word = Words[I].Text;
    if (Word.size() >= 2 && (Word[0] == '-' || Word[0] == '+') && Word[1] != '-') {
      if (Word[0] == '-' && Word.find('c') != std::string::npos)
        SawC = true;
      // `-o option` takes a value.
      if (Word == "-o" || Word == "+o" || Word == "-O" || Word == "+O")
        ++I;
      continue;
    }
    if (Word == "--")
      continue;
    return SawC ? I : 0;
  }
  return 0;
}

bool readsScriptFromInput(const CommandLine &Line) {
  if (!contains(shells(), Line.name()) || Line.name() == "busybox")
    return false;
  for (size_t I = 1; I < Line.Words.size(); ++I) {
    const std::string &Word = Line.Words[I].Text;
    if (!Line.Words[I].Literal)
      return false;
    if (Word == "-s")
      return true;
    if (Word.size() < 2 || (Word[0] != '-' && Word[0] != '+'))
      return false; // a script file operand
    if (Word[1] != '-' && Word.find('c') != std::string::npos)
      return false;
    if (Word == "-o" || Word == "+o")
      ++I;
  }
  return true;
}

std::optional<EmbeddedSnippet> wordSnippet(TSNode Word, std::string_view Text) {
  EmbeddedSnippet Snippet;
  uint32_t Begin = ts_node_start_byte(Word), End = ts_node_end_byte(Word);
  if (End > Text.size() || Begin > End)
    return std::nullopt;
  if (model::isKind(Word, shell::kind::RawString)) {
    if (End - Begin < 2)
      return std::nullopt;
    appendMapped(Snippet, Text, Begin + 1, End - 1);
  } else if (model::isKind(Word, shell::kind::String)) {
    if (End - Begin < 2 || Text[Begin] != '"')
      return std::nullopt;
    appendDecoded(Snippet, Text, Begin + 1, End - 1, false);
  } else if (model::isKind(Word, shell::kind::Word)) {
    appendDecoded(Snippet, Text, Begin, End, true);
  } else {
    return std::nullopt;
  }
  Snippet.HostOffsets.push_back(Snippet.HostOffsets.empty() ? Begin : Snippet.HostOffsets.back() + 1);
  return Snippet;
}

std::optional<EmbeddedSnippet> standardInputSnippet(TSNode Command, TSNode Parent, std::string_view Text) {
  // The here-string is the command's own redirect; a here-document is its statement's.
  std::vector<TSNode> Holders = {Command};
  if (!ts_node_is_null(Parent) && model::isKind(Parent, shell::kind::RedirectedStatement)) {
    TSNode Body = model::childByField(Parent, shell::field::Body);
    if (!ts_node_is_null(Body) && ts_node_eq(Body, Command))
      Holders.push_back(Parent);
  }
  for (TSNode Holder : Holders)
    for (TSNode Redirect : model::namedChildren(Holder)) {
      if (model::isKind(Redirect, shell::kind::HerestringRedirect)) {
        if (ts_node_named_child_count(Redirect) == 0)
          continue;
        return wordSnippet(ts_node_named_child(Redirect, 0), Text);
      }
      if (!model::isKind(Redirect, shell::kind::HeredocRedirect))
        continue;
      for (TSNode Body : model::namedChildren(Redirect)) {
        if (!model::isKind(Body, shell::kind::HeredocBody))
          continue;
        uint32_t Begin = ts_node_start_byte(Body), End = ts_node_end_byte(Body);
        if (End > Text.size() || Begin > End)
          return std::nullopt;
        return verbatimSnippet(Text, Begin, End);
      }
    }
  return std::nullopt;
}

} // namespace blastradius::shell

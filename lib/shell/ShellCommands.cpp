#include "shell/ShellCommands.h"
#include "shell/BashFields.h"

#include "shell/ShellWords.h"
#include "model/TreeSitterUtil.h"
#include "shell/BashKinds.h"
#include "shell/ShellData.h"

namespace blastradius::shell {

namespace {

const CommandWrapper *findWrapper(std::string_view Name) {
  for (const CommandWrapper &W : CommandWrappers)
    if (W.Name == Name)
      return &W;
  return nullptr;
}

bool takesValue(const CommandWrapper &W, std::string_view Option) {
  std::string_view List = W.OptionsWithValue;
  while (!List.empty()) {
    size_t Space = List.find(' ');
    if (List.substr(0, Space) == Option)
      return true;
    if (Space == std::string_view::npos)
      break;
    List.remove_prefix(Space + 1);
  }
  return false;
}

bool isEnvAssignment(std::string_view Word) {
  size_t Equals = Word.find('=');
  if (Equals == std::string_view::npos || Equals == 0)
    return false;
  for (size_t I = 0; I < Equals; ++I) {
    char C = Word[I];
    if (!(C == '_' || (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || (I > 0 && C >= '0' && C <= '9')))
      return false;
  }
  return true;
}

} // namespace

std::string literalWord(TSNode Word, std::string_view Text, bool &Literal) {
  if (model::isKind(Word, kind::Word)) {
    // A plain word is one literal part, its text as written.
    Literal = true;
    return std::string(model::nodeText(Word, Text));
  }
  std::vector<WordPart> Parts = wordParts(Word, Text);
  Literal = true;
  std::string Joined;
  for (const WordPart &Part : Parts) {
    if (Part.PartKind != WordPart::Kind::Literal)
      Literal = false;
    Joined += Part.Text;
  }
  return Joined;
}

EffectiveCommand effectiveCommand(TSNode Command, std::string_view Text) {
  EffectiveCommand Result;
  Result.Name = commandName(Command, Text);
  Result.NameNode = model::childByField(Command, shell::field::Name);
  Result.Arguments = commandArguments(Command);
  // `/bin/rm` is rm.
  if (size_t Slash = Result.Name.rfind('/'); Slash != std::string::npos)
    Result.Name = Result.Name.substr(Slash + 1);
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    const CommandWrapper *Wrapper = findWrapper(Result.Name);
    if (!Wrapper)
      return Result;
    bool IsEnv = Result.Name == "env";
    bool IsTimeout = Result.Name == "timeout";
    bool IsXargs = Result.Name == "xargs";
    size_t I = 0;
    // The wrapper's own options (and their values), env's NAME=value words, timeout's duration.
    for (; I < Result.Arguments.size(); ++I) {
      bool Literal = false;
      std::string Word = literalWord(Result.Arguments[I], Text, Literal);
      if (Word == "--") {
        ++I;
        break;
      }
      if (!Word.empty() && Word[0] == '-') {
        if (takesValue(*Wrapper, Word))
          ++I;
        continue;
      }
      if (IsEnv && isEnvAssignment(Word))
        continue;
      break;
    }
    if (IsTimeout && I < Result.Arguments.size())
      ++I; // the duration
    if (I >= Result.Arguments.size())
      return EffectiveCommand{}; // `sudo -v`, `command -v rm`-like forms run
                                 // nothing we can name
    bool Literal = false;
    std::string Name = literalWord(Result.Arguments[I], Text, Literal);
    if (Result.Name == "command" && I > 0)
      return EffectiveCommand{}; // `command -v rm` only looks the command up
    Result.Name = Literal ? Name : "";
    if (size_t Slash = Result.Name.rfind('/'); Slash != std::string::npos)
      Result.Name = Result.Name.substr(Slash + 1);
    Result.NameNode = Result.Arguments[I];
    Result.Arguments.erase(Result.Arguments.begin(), Result.Arguments.begin() + static_cast<long>(I) + 1);
    Result.ViaXargs |= IsXargs;
  }
  return Result;
}

} // namespace blastradius::shell

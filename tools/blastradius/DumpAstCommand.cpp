// `blastradius dump-ast FILE`: the tree-sitter syntax tree a rule's query runs on, for rule authors.
#include "Commands.h"

#include "Engine.h"
#include "LanguageDetection.h"
#include "Languages.h"

#include <tree_sitter/api.h>

#include <cstdlib>
#include <iostream>
#include <memory>

namespace blastradius::tools {

CommandRunner addDumpAstCommand(CLI::App &App) {
  struct Arguments {
    std::string File;
    std::string Language;
  };
  auto Args = std::make_shared<Arguments>();
  CLI::App *Command = App.add_subcommand("dump-ast", "Print the syntax tree of a file as an S-expression");
  Command->add_option("file", Args->File, "File to parse")->required()->check(CLI::ExistingFile);
  Command->add_option("--language,-l", Args->Language, "Language (default: detected)");
  return [Args]() -> int {
    std::string Content, Kind, Error;
    if (!readWholeFile(Args->File, 64 * 1024 * 1024, Content, Kind, Error)) {
      std::cerr << Args->File << ": error: " << Error << "\n";
      return ExitUsage;
    }
    std::string Name = Args->Language.empty() ? detectLanguage(Args->File, Content).Language : Args->Language;
    const LanguageInfo *Info = findLanguage(Name);
    const TSLanguage *Grammar = Info ? treeSitterLanguage(Info->Parser) : nullptr;
    if (!Grammar) {
      std::cerr << Args->File << ": error: no tree-sitter grammar for language '" << Name << "'\n";
      return ExitUsage;
    }
    std::unique_ptr<TSParser, void (*)(TSParser *)> Parser(ts_parser_new(), ts_parser_delete);
    ts_parser_set_language(Parser.get(), Grammar);
    std::unique_ptr<TSTree, void (*)(TSTree *)> Tree(
        ts_parser_parse_string(Parser.get(), nullptr, Content.data(), static_cast<uint32_t>(Content.size())),
        ts_tree_delete);
    char *Text = ts_node_string(ts_tree_root_node(Tree.get()));
    std::cout << Text << "\n";
    std::free(Text);
    return ExitClean;
  };
}

} // namespace blastradius::tools

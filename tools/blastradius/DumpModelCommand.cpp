// `blastradius dump-model FILE`: the located value model that semantic analysers judge (YAML
// documents, the JSON value, HCL blocks with jsonencode/heredoc values), as JSON with the host
// line:column of every node. For analyser authors, and for tests of the converters.
#include "Commands.h"

#include "Engine.h"
#include "LanguageDetection.h"
#include "Languages.h"
#include "SourceText.h"
#include "model/Hcl.h"
#include "model/Json.h"
#include "model/Yaml.h"

#include <nlohmann/json.hpp>
#include <tree_sitter/api.h>

#include <iostream>
#include <memory>

namespace blastradius::tools {

namespace {

using nlohmann::ordered_json;

const char *kindName(model::NodeKind K) {
  switch (K) {
  case model::NodeKind::Null: return "null";
  case model::NodeKind::Bool: return "bool";
  case model::NodeKind::Number: return "number";
  case model::NodeKind::String: return "string";
  case model::NodeKind::Sequence: return "sequence";
  case model::NodeKind::Mapping: return "mapping";
  case model::NodeKind::Expression: return "expression";
  }
  return "?";
}

std::string where(const SourceText &Source, uint32_t Offset) {
  Position P = Source.position(Offset);
  return std::to_string(P.Line) + ":" + std::to_string(P.Column);
}

ordered_json dumpNode(const model::Node &N, const SourceText &Source) {
  ordered_json Out = {{"kind", kindName(N.Kind)}, {"at", where(Source, N.Begin) + "-" + where(Source, N.End)}};
  if (!N.Tag.empty())
    Out["tag"] = N.Tag;
  if (N.Interpolated)
    Out["interpolated"] = true;
  if (N.Kind == model::NodeKind::Mapping) {
    ordered_json Entries = ordered_json::array();
    for (const model::MapEntry &E : N.Entries)
      Entries.push_back({{"key", dumpNode(E.Key, Source)}, {"value", dumpNode(E.Value, Source)}});
    Out["entries"] = Entries;
  } else if (N.Kind == model::NodeKind::Sequence || !N.Items.empty()) {
    ordered_json Items = ordered_json::array();
    for (const model::Node &Item : N.Items)
      Items.push_back(dumpNode(Item, Source));
    Out["items"] = Items;
  }
  if (N.Kind != model::NodeKind::Mapping && N.Kind != model::NodeKind::Sequence)
    Out["value"] = N.Value;
  return Out;
}

ordered_json dumpBlock(const model::HclBlock &B, const SourceText &Source) {
  ordered_json Out = {{"type", B.Type}, {"labels", B.Labels}, {"at", where(Source, B.Begin)}};
  ordered_json Attributes = ordered_json::object();
  for (const model::HclAttribute &A : B.Attributes)
    Attributes[A.Name] = dumpNode(A.Value, Source);
  Out["attributes"] = Attributes;
  ordered_json Blocks = ordered_json::array();
  for (const model::HclBlock &Nested : B.Blocks)
    Blocks.push_back(dumpBlock(Nested, Source));
  Out["blocks"] = Blocks;
  return Out;
}

} // namespace

CommandRunner addDumpModelCommand(CLI::App &App) {
  struct Arguments {
    std::string File;
    std::string Language;
  };
  auto Args = std::make_shared<Arguments>();
  CLI::App *Command =
      App.add_subcommand("dump-model", "Print the value model semantic analysers see (YAML, JSON, HCL) as JSON");
  Command->add_option("file", Args->File, "File to convert")->required()->check(CLI::ExistingFile);
  Command->add_option("--language,-l", Args->Language, "Language (default: detected)");
  return [Args]() -> int {
    std::string Content, Kind, Error;
    if (!readWholeFile(Args->File, 64 * 1024 * 1024, Content, Kind, Error)) {
      std::cerr << Args->File << ": error: " << Error << "\n";
      return ExitUsage;
    }
    std::string Name = Args->Language.empty() ? detectLanguage(Args->File, Content).Language : Args->Language;
    const LanguageInfo *Info = findLanguage(Name);
    Grammar G = Info ? Info->Parser : Grammar::None;
    if (G != Grammar::Yaml && G != Grammar::Json && G != Grammar::Hcl) {
      std::cerr << Args->File << ": error: no value model for language '" << Name << "' (YAML, JSON and HCL have one)\n";
      return ExitUsage;
    }
    std::unique_ptr<TSParser, void (*)(TSParser *)> Parser(ts_parser_new(), ts_parser_delete);
    ts_parser_set_language(Parser.get(), treeSitterLanguage(G));
    std::unique_ptr<TSTree, void (*)(TSTree *)> Tree(
        ts_parser_parse_string(Parser.get(), nullptr, Content.data(), static_cast<uint32_t>(Content.size())),
        ts_tree_delete);
    TSNode Root = ts_tree_root_node(Tree.get());
    SourceText Source(Content);
    ordered_json Out = {{"language", Name}};
    if (G == Grammar::Yaml) {
      ordered_json Documents = ordered_json::array();
      for (const model::Node &Document : model::convertYaml(Root, Content))
        Documents.push_back(dumpNode(Document, Source));
      Out["documents"] = Documents;
    } else if (G == Grammar::Json) {
      std::optional<model::Node> Value = model::convertJson(Root, Content);
      Out["value"] = Value ? dumpNode(*Value, Source) : ordered_json();
    } else {
      Out["body"] = dumpBlock(model::convertHcl(Root, Content), Source);
    }
    std::cout << Out.dump(2) << "\n";
    return ExitClean;
  };
}

} // namespace blastradius::tools

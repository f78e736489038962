// Every language front end, end to end: bytes -> parse -> models -> rules (queries and semantic
// analysers) -> embedded code (shell in YAML `run:`, SQL in Python strings ...), which re-enters
// the same pipeline with its offset map. The first byte picks the language; language detection
// runs on the rest too; for Terraform, the prefilter's raw scan for local module sources as well;
// and the flattened tree's direct walk must list exactly what the public cursor lists.
#include "FuzzCommon.h"

#include "Engine.h"
#include "LanguageDetection.h"
#include "Languages.h"
#include "model/FlatTree.h"
#include "terraform/LocalSources.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

using namespace blastradius;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const std::array<const char *, 11> Languages = {
      "bash",       "python",         "sql",        "terraform",  "yaml",       "json",
      "dockerfile", "cloudformation", "kubernetes", "github-actions", "cloudformation-json"};
  static const std::array<const char *, 11> Names = {
      "a.sh", "a.py", "a.sql", "a.tf", "a.yaml", "a.json", "Dockerfile", "t.yaml", "k.yaml",
      ".github/workflows/w.yml", "t.json"};
  if (Size == 0)
    return 0;
  size_t Pick = Data[0] % Languages.size();
  std::string Text(reinterpret_cast<const char *>(Data + 1), Size - 1);
  (void)detectLanguage(Names[Pick], Text);
  (void)looksBinary(Text);
  // The prefilter reads a Terraform file's local module sources from its raw text, unparsed.
  if (Languages[Pick] == std::string_view("terraform"))
    (void)terraform::localSources(Text);
  const LanguageInfo *Info = findLanguage(Languages[Pick]);
  if (const TSLanguage *FileGrammar =
          Info ? treeSitterLanguage(Info->Parser == Grammar::None ? Grammar::Bash : Info->Parser) : nullptr) {
    static TSParser *Parser = ts_parser_new();
    ts_parser_set_language(Parser, FileGrammar);
    std::unique_ptr<TSTree, void (*)(TSTree *)> Tree(
        ts_parser_parse_string(Parser, nullptr, Text.data(), static_cast<uint32_t>(Text.size())), ts_tree_delete);
    if (Tree) {
      TSNode Root = ts_tree_root_node(Tree.get());
      model::FlatTree Direct(Root, SIZE_MAX, model::FlatTree::Walk::Direct);
      model::FlatTree Cursor(Root, SIZE_MAX, model::FlatTree::Walk::Cursor);
      if (!Direct.sameAs(Cursor) || !Direct.fieldLookupsAgree())
        std::abort();
    }
  }
  static Engine *TheEngine = new Engine(fuzz::builtInRules(), ScanOptions());
  FileResult Result = TheEngine->analyzeEmbeddedText(Names[Pick], Languages[Pick], Text);
  (void)Result;
  return 0;
}

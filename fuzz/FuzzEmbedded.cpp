// The embedded-code mappings on their own: the decoded text of every YAML string scalar (block,
// folded, quoted, escapes) and of every Dockerfile RUN body (shell form, heredocs, JSON exec form),
// each with its table of host offsets. FuzzLanguages reaches them through the rules; here their
// invariants are checked directly: one offset per decoded byte plus one past the end, each inside
// the host, so that a finding in embedded code can never point outside its file. The first byte
// picks YAML (even) or Dockerfile (odd).
#include "EmbeddedCode.h"
#include "model/RegionParse.h"
#include "model/Yaml.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

using namespace blastradius;

namespace {

void checkSnippet(const EmbeddedSnippet &Snippet, std::string_view Host) {
  if (Snippet.HostOffsets.size() != Snippet.Text.size() + 1)
    std::abort();
  for (uint32_t Offset : Snippet.HostOffsets)
    if (Offset > Host.size())
      std::abort();
}

void yamlScalars(std::string_view Host) {
  model::TreePtr Tree = model::parseRegion(Grammar::Yaml, Host, 0, static_cast<uint32_t>(Host.size()));
  if (!Tree)
    return;
  std::vector<model::Node> Documents = model::convertYamlRecovering(ts_tree_root_node(Tree.get()), Host);
  // Iterative: the documents can nest as deep as the converter allows.
  std::vector<const model::Node *> Stack;
  for (const model::Node &Document : Documents)
    Stack.push_back(&Document);
  while (!Stack.empty()) {
    const model::Node *N = Stack.back();
    Stack.pop_back();
    if (std::optional<EmbeddedSnippet> Snippet = model::scalarSnippet(Host, *N))
      checkSnippet(*Snippet, Host);
    for (const model::Node &Item : N->Items)
      Stack.push_back(&Item);
    for (const model::MapEntry &Entry : N->Entries) {
      Stack.push_back(&Entry.Key);
      Stack.push_back(&Entry.Value);
    }
  }
}

void dockerfileRuns(std::string_view Host) {
  std::vector<EmbeddedRegion> Regions = dockerfileRunBodies(Host);
  for (const EmbeddedRegion &Region : Regions) {
    if (Region.Begin > Region.End || Region.End > Host.size())
      std::abort();
    checkSnippet(regionSnippet(Host, Region), Host);
  }
  if (maskOutside(Host, Regions).size() != Host.size())
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  std::string Host(reinterpret_cast<const char *>(Data + 1), Size - 1);
  if (Data[0] & 1)
    dockerfileRuns(Host);
  else
    yamlScalars(Host);
  return 0;
}

// A syntax error anywhere in a YAML stream makes tree-sitter-yaml wrap the whole stream, intact
// documents included, in ERROR nodes: one broken document of a 50-document Helm rendering would
// hide the other 49. When the tree has an error, each document (split at `---` / `...` lines) is
// parsed again on its own, so the intact ones convert normally and only the broken one is lost.
#include "model/Yaml.h"

#include "model/RegionParse.h"

#include "Languages.h"

#include <memory>

namespace blastradius::model {

namespace {

bool isDocumentMarker(std::string_view Line) {
  if (Line.substr(0, 3) != "---" && Line.substr(0, 3) != "...")
    return false;
  return Line.size() == 3 || Line[3] == ' ' || Line[3] == '\t' || Line[3] == '\r';
}

/// [Begin, End) of each document: from one marker line to the next (the marker line included, so
/// that `--- !tag` and `--- value` keep their meaning).
std::vector<std::pair<uint32_t, uint32_t>> documentRegions(std::string_view Text) {
  std::vector<std::pair<uint32_t, uint32_t>> Regions;
  uint32_t RegionBegin = 0;
  for (size_t LineBegin = 0; LineBegin < Text.size();) {
    size_t LineEnd = Text.find('\n', LineBegin);
    if (LineEnd == std::string_view::npos)
      LineEnd = Text.size();
    if (LineBegin > RegionBegin && isDocumentMarker(Text.substr(LineBegin, LineEnd - LineBegin))) {
      Regions.push_back({RegionBegin, static_cast<uint32_t>(LineBegin)});
      RegionBegin = static_cast<uint32_t>(LineBegin);
    }
    LineBegin = LineEnd + 1;
  }
  if (RegionBegin < Text.size())
    Regions.push_back({RegionBegin, static_cast<uint32_t>(Text.size())});
  return Regions;
}

} // namespace

std::vector<Node> convertYamlRecovering(TSNode Root, std::string_view Text) {
  if (ts_node_is_null(Root) || !ts_node_has_error(Root))
    return convertYaml(Root, Text);
  std::vector<std::pair<uint32_t, uint32_t>> Regions = documentRegions(Text);
  if (Regions.size() < 2)
    return convertYaml(Root, Text);

  std::vector<Node> Documents;
  for (auto [Begin, End] : Regions) {
    TreePtr Tree = parseRegion(Grammar::Yaml, Text, Begin, End);
    if (!Tree)
      continue;
    for (Node &Document : convertYaml(ts_tree_root_node(Tree.get()), Text))
      Documents.push_back(std::move(Document));
  }
  return Documents;
}

} // namespace blastradius::model

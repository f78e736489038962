#include "semantic/KubernetesObjects.h"

#include "semantic/LiteralText.h"
#include "StringHelpers.h"

namespace blastradius::kubernetes {

namespace {

// `kind: List` inside `kind: List` happens when lists are concatenated; deeper nesting is not
// something Kubernetes produces, and the limit keeps hostile input from recursing without end.
constexpr unsigned MaxListDepth = 4;

void collect(const model::Node &Body, std::string_view ImpliedKind, unsigned Depth, std::vector<Object> &Out) {
  if (!Body.isMapping())
    return;
  std::optional<std::string_view> Kind = literalText(Body.get("kind"));
  std::string_view EffectiveKind = Kind ? *Kind : ImpliedKind;
  const model::Node *Items = Body.get("items");
  if (endsWith(EffectiveKind, "List") && Items && Items->isSequence()) {
    if (Depth >= MaxListDepth)
      return;
    // "RoleList" implies "Role" for items that omit their kind; a plain "List" implies nothing.
    std::string_view ItemKind = EffectiveKind.substr(0, EffectiveKind.size() - 4);
    for (const model::Node &Item : Items->Items)
      collect(Item, ItemKind, Depth + 1, Out);
    return;
  }
  if (EffectiveKind.empty())
    return;
  Out.push_back({&Body, std::string(EffectiveKind)});
}

std::string_view metadataField(const model::Node *Body, std::string_view Key) {
  const model::Node *Metadata = Body ? Body->get("metadata") : nullptr;
  std::optional<std::string_view> Value = literalText(Metadata ? Metadata->get(Key) : nullptr);
  return Value ? *Value : std::string_view();
}

} // namespace

std::string_view Object::name() const { return metadataField(Body, "name"); }
std::string_view Object::ns() const { return metadataField(Body, "namespace"); }

std::vector<Object> kubernetesObjects(const std::vector<model::Node> &Documents) {
  std::vector<Object> Out;
  for (const model::Node &Document : Documents)
    collect(Document, "", 0, Out);
  return Out;
}

std::vector<const model::Node *> literalItems(const model::Node *Field) {
  std::vector<const model::Node *> Out;
  if (!Field || !Field->isSequence())
    return Out;
  for (const model::Node &Item : Field->Items)
    if (literalText(&Item))
      Out.push_back(&Item);
  return Out;
}

} // namespace blastradius::kubernetes

#include "semantic/CloudFormationResources.h"

#include "semantic/LiteralText.h"

namespace blastradius::cloudformation {

namespace {

void collect(const model::Node &Template, std::vector<Resource> &Out) {
  const model::Node *Resources = Template.get("Resources");
  if (!Resources || !Resources->isMapping())
    return;
  for (const model::MapEntry &Entry : Resources->Entries) {
    std::optional<std::string_view> Type = literalText(Entry.Value.get("Type"));
    if (!Type || !literalText(&Entry.Key))
      continue;
    Out.push_back({&Entry.Key, &Entry.Value, *Type});
  }
}

} // namespace

std::string Resource::describe() const {
  return std::string(Type) + " '" + LogicalId->Value + "'";
}

const model::Node *Resource::property(std::string_view Name) const {
  const model::Node *Properties = Body->get("Properties");
  return Properties ? Properties->get(Name) : nullptr;
}

std::vector<Resource> cloudFormationResources(const SemanticContext &Context) {
  std::vector<Resource> Out;
  for (const model::Node &Document : Context.yamlDocuments())
    collect(Document, Out);
  if (const model::Node *Json = Context.jsonDocument())
    collect(*Json, Out);
  return Out;
}

} // namespace blastradius::cloudformation

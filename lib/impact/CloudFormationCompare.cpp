#include "impact/CloudFormationCompare.h"

#include "impact/TerraformModel.h"
#include "model/Json.h"
#include "model/RegionParse.h"
#include "model/Yaml.h"
#include "semantic/CloudFormationStatefulTypes.h"

#include <map>
#include <memory>
#include <set>

namespace blastradius::impact {

namespace {

using model::Node;

constexpr std::pair<std::string_view, std::string_view> Immutable[] = {
#define IMMUTABLE(TYPE, PROPERTY) {TYPE, PROPERTY},
#include "impact/CloudFormationImmutableProperties.def"
#undef IMMUTABLE
};

bool isImmutable(std::string_view Type, std::string_view Property) {
  for (const auto &[T, P] : Immutable)
    if (T == Type && P == Property)
      return true;
  return false;
}

struct Template {
  std::string File;
  std::string Text;
  std::vector<Node> Documents;
  /// Logical id -> (key node, body).
  std::map<std::string, std::pair<const Node *, const Node *>> Resources;
};

bool looksLikeTemplate(const std::string &Text) {
  return Text.find("AWSTemplateFormatVersion") != std::string::npos ||
         (Text.find("Resources") != std::string::npos && Text.find("AWS::") != std::string::npos);
}

std::unique_ptr<Template> parseTemplate(const std::string &File, std::string Text) {
  auto T = std::make_unique<Template>();
  T->File = File;
  T->Text = std::move(Text);
  bool Json = File.size() > 5 && File.compare(File.size() - 5, 5, ".json") == 0;
  if (Json) {
    if (std::optional<Node> Root = model::parseJsonRegion(T->Text, 0, static_cast<uint32_t>(T->Text.size())))
      T->Documents.push_back(std::move(*Root));
  } else if (model::TreePtr Tree =
                 model::parseRegion(Grammar::Yaml, T->Text, 0, static_cast<uint32_t>(T->Text.size()))) {
    T->Documents = model::convertYamlRecovering(ts_tree_root_node(Tree.get()), T->Text);
  }
  for (const Node &Document : T->Documents) {
    const Node *Resources = Document.get("Resources");
    if (!Resources || !Resources->isMapping())
      continue;
    for (const model::MapEntry &Entry : Resources->Entries) {
      const Node *Type = Entry.Value.get("Type");
      if (Entry.Key.isString() && Type && Type->isString())
        T->Resources.emplace(Entry.Key.Value, std::make_pair(&Entry.Key, &Entry.Value));
    }
  }
  return T;
}

std::string typeOf(const Node *Body) { return Body->get("Type")->Value; }

std::string policy(const Node *Body, const char *Name) {
  const Node *P = Body->get(Name);
  return P && P->isString() ? P->Value : "";
}

double similarity(const Node *A, const Node *B) {
  const Node *PA = A->get("Properties");
  const Node *PB = B->get("Properties");
  if (!PA || !PB || !PA->isMapping() || !PB->isMapping())
    return (!PA && !PB) ? 1.0 : 0.0;
  size_t Same = 0;
  for (const model::MapEntry &E : PA->Entries)
    if (const Node *Other = PB->get(E.Key.Value))
      Same += canonicalValue(E.Value) == canonicalValue(*Other);
  size_t Most = std::max(PA->Entries.size(), PB->Entries.size());
  return Most ? static_cast<double>(Same) / static_cast<double>(Most) : 1.0;
}

} // namespace

void compareCloudFormation(const std::vector<std::string> &Changed, const Revision &Base, const Revision &Head,
                           ImpactSink &Sink) {
  for (const std::string &File : Changed) {
    std::string Error;
    std::optional<std::string> Before = Base.read(File, Error);
    if (!Before || !looksLikeTemplate(*Before))
      continue;
    std::optional<std::string> After = Head.read(File, Error);
    auto Old = parseTemplate(File, std::move(*Before));
    auto New = parseTemplate(File, After ? std::move(*After) : std::string());
    if (Old->Resources.empty())
      continue;
    Sink.text(File, After ? New->Text : Old->Text);
    std::set<std::string> Claimed;
    for (const auto &[Id, Entry] : Old->Resources) {
      const Node *Body = Entry.second;
      std::string Type = typeOf(Body);
      bool Stateful = cloudformation::findStatefulType(Type) != nullptr;
      auto Now = New->Resources.find(Id);
      if (Now == New->Resources.end()) {
        std::string Deletion = policy(Body, "DeletionPolicy");
        if (Deletion == "Retain" || Deletion == "RetainExceptOnCreate")
          continue;
        // A rename: CloudFormation deletes the old logical id and creates the new one.
        std::string RenamedTo;
        for (const auto &[OtherId, OtherEntry] : New->Resources)
          if (!Old->Resources.count(OtherId) && !Claimed.count(OtherId) && typeOf(OtherEntry.second) == Type &&
              similarity(Body, OtherEntry.second) >= 0.5) {
            RenamedTo = OtherId;
            Claimed.insert(OtherId);
            break;
          }
        ImpactSink::Event E;
        E.RuleId = "cloudformation-resource-removed";
        E.Address = Id;
        E.Stateful = Stateful && Deletion != "Snapshot";
        if (!RenamedTo.empty()) {
          const Node *Key = New->Resources[RenamedTo].first;
          E.Where = {File, Key->Begin, Key->End};
        } else {
          E.Where = After ? Place{File, 0, 0} : Place{File, Entry.first->Begin, Entry.first->End};
        }
        E.Detail = "the change " + std::string(RenamedTo.empty() ? "removes " : "renames ") + Id + " (" + Type + ")" +
                   (RenamedTo.empty() ? "" : " to " + RenamedTo) +
                   (Deletion == "Snapshot" ? " (DeletionPolicy: Snapshot keeps a snapshot)" : "");
        Sink.report(std::move(E));
        continue;
      }
      const Node *NewBody = Now->second.second;
      if (typeOf(NewBody) != Type)
        continue;
      std::string Replace = policy(NewBody, "UpdateReplacePolicy");
      if (Replace == "Retain")
        continue;
      const Node *OldProperties = Body->get("Properties");
      const Node *NewProperties = NewBody->get("Properties");
      std::set<std::string> Names;
      for (const Node *Properties : {OldProperties, NewProperties})
        if (Properties && Properties->isMapping())
          for (const model::MapEntry &P : Properties->Entries)
            if (P.Key.isString())
              Names.insert(P.Key.Value);
      for (const std::string &Name : Names) {
        if (!isImmutable(Type, Name))
          continue;
        const Node *A = OldProperties ? OldProperties->get(Name) : nullptr;
        const Node *B = NewProperties ? NewProperties->get(Name) : nullptr;
        if ((A ? canonicalValue(*A) : "") == (B ? canonicalValue(*B) : ""))
          continue;
        ImpactSink::Event E;
        E.RuleId = "cloudformation-replacement-forced";
        E.Address = Id;
        E.Stateful = Stateful && Replace != "Snapshot";
        const model::MapEntry *At = NewProperties ? NewProperties->entry(Name) : nullptr;
        E.Where = At ? Place{File, At->Key.Begin, At->Key.End}
                     : Place{File, Now->second.first->Begin, Now->second.first->End};
        E.Detail = "changing " + Name + " of " + Id + " (" + Type + "; UpdateType: Immutable)";
        Sink.report(std::move(E));
      }
    }
  }
}

} // namespace blastradius::impact

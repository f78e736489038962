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

/// `${Name}` and `${Name.Attribute}` in a Fn::Sub string (`${!Literal}` and `${AWS::Region}` are
/// not logical ids).
void subReferences(const std::string &Text, std::set<std::string> &Out) {
  for (size_t At = Text.find("${"); At != std::string::npos; At = Text.find("${", At + 2)) {
    size_t Close = Text.find('}', At + 2);
    if (Close == std::string::npos)
      return;
    std::string Inside = Text.substr(At + 2, Close - At - 2);
    if (Inside.empty() || Inside[0] == '!' || Inside.find("::") != std::string::npos)
      continue;
    Out.insert(Inside.substr(0, Inside.find('.')));
  }
}

void getAttReference(const Node &Value, std::set<std::string> &Out) {
  if (Value.isString())
    Out.insert(Value.Value.substr(0, Value.Value.find('.')));
  else if (Value.isSequence() && !Value.Items.empty() && Value.Items[0].isString())
    Out.insert(Value.Items[0].Value);
}

void subReference(const Node &Value, std::set<std::string> &Out) {
  if (Value.isString())
    subReferences(Value.Value, Out);
  else if (Value.isSequence() && !Value.Items.empty() && Value.Items[0].isString())
    subReferences(Value.Items[0].Value, Out);
}

/// The logical ids a value refers to. Depth-bounded: the template is the scanned repository's.
void referencedIds(const Node &Value, std::set<std::string> &Out, unsigned Depth) {
  if (Depth > 64)
    return;
  if (Value.Tag == "!Ref" && Value.isString())
    Out.insert(Value.Value);
  else if (Value.Tag == "!GetAtt")
    getAttReference(Value, Out);
  else if (Value.Tag == "!Sub")
    subReference(Value, Out);
  for (const model::MapEntry &Entry : Value.Entries) {
    if (Entry.Key.isString() && Entry.Key.Value == "Ref" && Entry.Value.isString())
      Out.insert(Entry.Value.Value);
    else if (Entry.Key.isString() && Entry.Key.Value == "Fn::GetAtt")
      getAttReference(Entry.Value, Out);
    else if (Entry.Key.isString() && Entry.Key.Value == "Fn::Sub")
      subReference(Entry.Value, Out);
    referencedIds(Entry.Value, Out, Depth + 1);
  }
  for (const Node &Item : Value.Items)
    referencedIds(Item, Out, Depth + 1);
}

size_t addDependents(const Template &T, const std::string &Id, ImpactSink::Event &E, bool InBase) {
  size_t Added = 0;
  for (const model::Node &Document : T.Documents) {
    for (const char *Section : {"Resources", "Outputs"}) {
      const Node *Entries = Document.get(Section);
      if (!Entries || !Entries->isMapping())
        continue;
      for (const model::MapEntry &Entry : Entries->Entries) {
        if (!Entry.Key.isString() || Entry.Key.Value == Id)
          continue;
        std::set<std::string> Ids;
        if (std::string_view(Section) == "Resources") {
          // DependsOn orders the deployment: the dependent is updated or fails with it.
          if (const Node *DependsOn = Entry.Value.get("DependsOn"))
            for (const Node *Item : DependsOn->asList())
              if (Item->isString())
                Ids.insert(Item->Value);
          for (const model::MapEntry &Part : Entry.Value.Entries)
            if (Part.Key.isString() && Part.Key.Value != "DependsOn" && Part.Key.Value != "Type")
              referencedIds(Part.Value, Ids, 0);
        } else {
          referencedIds(Entry.Value, Ids, 0);
        }
        if (!Ids.count(Id))
          continue;
        E.Dependents.push_back({T.File, Entry.Key.Begin, Entry.Key.End, InBase});
        E.DependentNames.push_back(std::string(Section) == "Outputs" ? "output " + Entry.Key.Value : Entry.Key.Value);
        ++Added;
      }
    }
  }
  return Added;
}

} // namespace

size_t addCloudFormationDependents(const std::string &File, const std::string &Text, const std::string &Id,
                                   ImpactSink::Event &E, bool InBase) {
  auto T = parseTemplate(File, Text);
  return addDependents(*T, Id, E, InBase);
}

std::string cloudFormationDependentsSuffix(const ImpactSink::Event &E) {
  size_t N = E.Dependents.size();
  if (N == 0)
    return "";
  return " (" + std::to_string(N) + (N == 1 ? " resource references it)" : " resources reference it)");
}

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
          // A renamed resource's dependents follow it in the head (they get the new physical id).
          addDependents(*New, RenamedTo, E, false);
        } else {
          E.Where = After ? Place{File, 0, 0} : Place{File, Entry.first->Begin, Entry.first->End};
          // A removed one's are in the base: in the head they were removed too, or now fail.
          Sink.baseText(File, Old->Text);
          addDependents(*Old, Id, E, true);
        }
        E.Detail = "the change " + std::string(RenamedTo.empty() ? "removes " : "renames ") + Id + " (" + Type + ")" +
                   (RenamedTo.empty() ? "" : " to " + RenamedTo) +
                   (Deletion == "Snapshot" ? " (DeletionPolicy: Snapshot keeps a snapshot)" : "") +
                   cloudFormationDependentsSuffix(E);
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
        addDependents(*New, Id, E, false);
        E.Detail = "changing " + Name + " of " + Id + " (" + Type + "; UpdateType: Immutable)" +
                   cloudFormationDependentsSuffix(E);
        Sink.report(std::move(E));
      }
    }
  }
}

} // namespace blastradius::impact

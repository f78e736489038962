#include "iam/Policy.h"

namespace blastradius::iam {

using model::Node;
using model::NodeKind;

std::optional<std::string_view> literalString(const Node *N) {
  if (!N || N->Kind != NodeKind::String || N->Interpolated)
    return std::nullopt;
  // `!!str` is YAML's own tag for a plain string; any other tag (!Sub, !Ref, !GetAtt) computes a value.
  if (!N->Tag.empty() && N->Tag.rfind("!!", 0) != 0)
    return std::nullopt;
  std::string_view V = N->Value;
  // A JSON policy inside a heredoc keeps Terraform's interpolations in its strings.
  if (V.find("${") != std::string_view::npos || V.find("%{") != std::string_view::npos)
    return std::nullopt;
  return V;
}

bool isPolicyDocument(const Node &N) { return N.isMapping() && N.Tag.empty() && N.get("Statement"); }

namespace {

Span spanOf(const Node &N) { return {N.Begin, N.End}; }

void readList(const Node &Statement, std::string_view Key, ListElement &Out) {
  const model::MapEntry *E = Statement.entry(Key);
  if (!E)
    return;
  Out.Present = true;
  Out.Key = spanOf(E->Key);
  for (const Node *Item : E->Value.asList())
    Out.Items.push_back(Item);
}

void readPrincipal(const Node &Stmt, std::string_view Key, PrincipalElement &Out) {
  const model::MapEntry *E = Stmt.entry(Key);
  if (!E)
    return;
  Out.Present = true;
  Out.Key = spanOf(E->Key);
  const Node &V = E->Value;
  if (V.isString()) {
    // `Principal: "*"`; any other bare string is not valid IAM.
    if (literalString(&V))
      Out.Entries.push_back({"*", &V});
    else
      Out.Opaque = true;
    return;
  }
  if (!V.isMapping() || !V.Tag.empty()) {
    Out.Opaque = true;
    return;
  }
  for (const model::MapEntry &Typed : V.Entries) {
    std::optional<std::string_view> Type = literalString(&Typed.Key);
    // `{"*": ...}` is not a principal type; only the bare string "*" means everyone.
    if (!Type || *Type == "*") {
      Out.Opaque = true;
      continue;
    }
    for (const Node *Id : Typed.Value.asList())
      Out.Entries.push_back({std::string(*Type), Id});
  }
}

void readConditions(const Node &Stmt, Statement &Out) {
  const Node *C = Stmt.get("Condition");
  if (!C)
    return;
  Out.HasCondition = true;
  if (!C->isMapping() || !C->Tag.empty()) {
    // `Condition: !If [...]` or a reference: something is checked, we cannot say what.
    Out.Conditions.push_back({"", "", true, {}});
    return;
  }
  for (const model::MapEntry &Op : C->Entries) {
    std::optional<std::string_view> Operator = literalString(&Op.Key);
    if (!Operator || !Op.Value.isMapping() || !Op.Value.Tag.empty()) {
      Out.Conditions.push_back({Operator ? std::string(*Operator) : "", "", true, {}});
      continue;
    }
    for (const model::MapEntry &K : Op.Value.Entries) {
      ConditionClause Clause;
      Clause.Operator = std::string(*Operator);
      std::optional<std::string_view> Key = literalString(&K.Key);
      if (Key)
        Clause.Key = std::string(*Key);
      else
        Clause.Opaque = true;
      for (const Node *V : K.Value.asList())
        Clause.Values.push_back(V);
      Out.Conditions.push_back(std::move(Clause));
    }
  }
}

Effect effectOf(const Node *N) {
  std::optional<std::string_view> V = literalString(N);
  if (V == std::string_view("Allow"))
    return Effect::Allow;
  if (V == std::string_view("Deny"))
    return Effect::Deny;
  return Effect::Unknown;
}

Statement statementFromNode(const Node &Stmt) {
  Statement S;
  S.Where = spanOf(Stmt);
  S.TheEffect = effectOf(Stmt.get("Effect"));
  readList(Stmt, "Action", S.Action);
  readList(Stmt, "NotAction", S.NotAction);
  readList(Stmt, "Resource", S.Resource);
  readList(Stmt, "NotResource", S.NotResource);
  readPrincipal(Stmt, "Principal", S.Principal);
  readPrincipal(Stmt, "NotPrincipal", S.NotPrincipal);
  readConditions(Stmt, S);
  return S;
}

// Terraform's policy document: attributes hold lists, nested blocks hold principals and conditions.
void readAttributeList(const model::HclBlock &B, std::string_view Name, ListElement &Out) {
  const model::HclAttribute *A = B.attribute(Name);
  if (!A)
    return;
  Out.Present = true;
  Out.Key = {A->NameBegin, A->NameEnd};
  for (const Node *Item : A->Value.asList())
    Out.Items.push_back(Item);
}

void readPrincipalBlocks(const model::HclBlock &B, std::string_view BlockType, PrincipalElement &Out) {
  for (const model::HclBlock *P : B.blocks(BlockType)) {
    if (!Out.Present)
      Out.Key = {P->Begin, P->HeaderEnd};
    Out.Present = true;
    const model::HclAttribute *Type = P->attribute("type");
    const model::HclAttribute *Ids = P->attribute("identifiers");
    std::optional<std::string_view> TypeName = Type ? literalString(&Type->Value) : std::nullopt;
    if (!TypeName || !Ids) {
      Out.Opaque = true;
      continue;
    }
    for (const Node *Id : Ids->Value.asList())
      Out.Entries.push_back({std::string(*TypeName), Id});
  }
}

void readConditionBlocks(const model::HclBlock &B, Statement &Out) {
  for (const model::HclBlock *C : B.blocks("condition")) {
    Out.HasCondition = true;
    ConditionClause Clause;
    const model::HclAttribute *Test = C->attribute("test");
    const model::HclAttribute *Variable = C->attribute("variable");
    std::optional<std::string_view> Op = Test ? literalString(&Test->Value) : std::nullopt;
    std::optional<std::string_view> Key = Variable ? literalString(&Variable->Value) : std::nullopt;
    Clause.Opaque = !Op || !Key;
    if (Op)
      Clause.Operator = std::string(*Op);
    if (Key)
      Clause.Key = std::string(*Key);
    if (const model::HclAttribute *Values = C->attribute("values"))
      for (const Node *V : Values->Value.asList())
        Clause.Values.push_back(V);
    Out.Conditions.push_back(std::move(Clause));
  }
}

} // namespace

Policy policyFromDocument(const Node &Document) {
  Policy P;
  const Node *Statements = Document.get("Statement");
  if (!Statements)
    return P;
  for (const Node *Stmt : Statements->asList())
    if (Stmt->isMapping() && Stmt->Tag.empty())
      P.Statements.push_back(statementFromNode(*Stmt));
  return P;
}

Policy policyFromTerraformDocument(const model::HclBlock &Data) {
  Policy P;
  for (const model::HclBlock *B : Data.blocks("statement")) {
    Statement S;
    S.Where = {B->Begin, B->End};
    const model::HclAttribute *EffectAttr = B->attribute("effect");
    S.TheEffect = EffectAttr ? effectOf(&EffectAttr->Value) : Effect::Allow;
    readAttributeList(*B, "actions", S.Action);
    readAttributeList(*B, "not_actions", S.NotAction);
    readAttributeList(*B, "resources", S.Resource);
    readAttributeList(*B, "not_resources", S.NotResource);
    readPrincipalBlocks(*B, "principals", S.Principal);
    readPrincipalBlocks(*B, "not_principals", S.NotPrincipal);
    readConditionBlocks(*B, S);
    P.Statements.push_back(std::move(S));
  }
  return P;
}

} // namespace blastradius::iam

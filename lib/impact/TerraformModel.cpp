#include "impact/TerraformModel.h"

#include "model/RegionParse.h"

#include <re2/re2.h>

namespace blastradius::impact {

using model::HclAttribute;
using model::HclBlock;
using model::Node;
using model::NodeKind;

namespace {

/// Expression source text without whitespace (formatting does not change what it means).
std::string squeezed(std::string_view Text) {
  std::string Out;
  for (char C : Text)
    if (C != ' ' && C != '\t' && C != '\n' && C != '\r')
      Out += C;
  return Out;
}

void appendCanonical(const Node &Value, std::string &Out, unsigned Depth) {
  if (Depth > 100) {
    Out += "...";
    return;
  }
  switch (Value.Kind) {
  case NodeKind::Null: Out += "null"; return;
  case NodeKind::Bool:
  case NodeKind::Number: Out += Value.Value; return;
  case NodeKind::String:
    Out += '"';
    Out += Value.Value;
    Out += '"';
    return;
  case NodeKind::Expression:
    Out += "(" + squeezed(Value.Value) + ")";
    return;
  case NodeKind::Sequence:
    Out += '[';
    for (const Node &Item : Value.Items) {
      appendCanonical(Item, Out, Depth + 1);
      Out += ',';
    }
    Out += ']';
    return;
  case NodeKind::Mapping: {
    // Object keys in sorted order: `{a = 1, b = 2}` and `{b = 2, a = 1}` are the same value.
    std::map<std::string, std::string> Sorted;
    for (const model::MapEntry &Entry : Value.Entries) {
      std::string Key, Item;
      appendCanonical(Entry.Key, Key, Depth + 1);
      appendCanonical(Entry.Value, Item, Depth + 1);
      Sorted.emplace(Key, Item);
    }
    Out += '{';
    for (const auto &[Key, Item] : Sorted)
      Out += Key + "=" + Item + ",";
    Out += '}';
    return;
  }
  }
}

std::string canonicalBlock(const HclBlock &Block, unsigned Depth) {
  std::string Out = Block.Type;
  for (const std::string &Label : Block.Labels)
    Out += " \"" + Label + "\"";
  Out += "{";
  std::map<std::string, std::string> Sorted;
  for (const HclAttribute &A : Block.Attributes)
    Sorted[A.Name] = canonicalValue(A.Value);
  for (const auto &[Name, Value] : Sorted)
    Out += Name + "=" + Value + ";";
  if (Depth < 50)
    for (const HclBlock &Nested : Block.Blocks)
      Out += canonicalBlock(Nested, Depth + 1);
  return Out + "}";
}

/// `aws_db_instance.orders.id`, `module.x.out`, `data.y.z` inside expression text.
void collectReferences(const std::string &Canonical, std::set<std::string> &Out) {
  static const RE2 Reference("((?:module|data)\\.[A-Za-z_][A-Za-z0-9_-]*(?:\\.[A-Za-z_][A-Za-z0-9_-]*)?|"
                             "[a-z][a-z0-9]*_[a-z0-9_]+\\.[A-Za-z_][A-Za-z0-9_-]*)");
  re2::StringPiece Input(Canonical);
  std::string Match;
  // Only inside expressions (in parentheses in the canonical form), not in quoted strings unless
  // interpolated: a description "see aws_db_instance.orders" refers to nothing.
  while (RE2::FindAndConsume(&Input, Reference, &Match)) {
    if (Match.rfind("module.", 0) == 0) {
      size_t Dot = Match.find('.', 7);
      Out.insert(Dot == std::string::npos ? Match : Match.substr(0, Dot));
    } else if (Match.rfind("data.", 0) != 0 && Match.rfind("var.", 0) != 0 && Match.rfind("local.", 0) != 0) {
      Out.insert(Match);
    }
  }
}

/// The parts of a canonical value that are expressions or interpolations.
std::string expressionParts(const Node &Value) {
  std::string Out;
  if (Value.Kind == NodeKind::Expression)
    Out += Value.Value + " ";
  if (Value.Kind == NodeKind::String && Value.Interpolated)
    Out += Value.Value + " ";
  for (const Node &Item : Value.Items)
    Out += expressionParts(Item);
  for (const model::MapEntry &Entry : Value.Entries)
    Out += expressionParts(Entry.Value);
  return Out;
}

void blockExpressions(const HclBlock &Block, std::string &Out, unsigned Depth) {
  for (const HclAttribute &A : Block.Attributes)
    Out += expressionParts(A.Value);
  if (Depth < 50)
    for (const HclBlock &Nested : Block.Blocks)
      blockExpressions(Nested, Out, Depth + 1);
}

/// for_each keys of a literal: {a = ..., b = ...}, ["a", "b"], toset(["a", "b"]).
bool literalKeys(const Node &Value, std::set<std::string> &Keys) {
  const Node *Collection = &Value;
  if (Value.Kind == NodeKind::Expression && Value.Tag == "toset" && Value.Items.size() == 1)
    Collection = &Value.Items[0];
  if (Collection->Kind == NodeKind::Mapping) {
    for (const model::MapEntry &Entry : Collection->Entries) {
      if (Entry.Key.Kind != NodeKind::String || Entry.Key.Interpolated)
        return false;
      Keys.insert(Entry.Key.Value);
    }
    return true;
  }
  if (Collection->Kind == NodeKind::Sequence) {
    for (const Node &Item : Collection->Items) {
      if (Item.Kind != NodeKind::String || Item.Interpolated)
        return false;
      Keys.insert(Item.Value);
    }
    return true;
  }
  return false;
}

/// The reference text of `from = aws_x.a` / `to = module.b["k"]`, without whitespace.
std::string addressOf(const HclAttribute *A) {
  if (!A)
    return "";
  return squeezed(A->Value.Kind == NodeKind::String ? A->Value.Value : A->Value.Value);
}

constexpr const char *ProtectionFlags[] = {"deletion_protection", "enable_deletion_protection",
                                           "deletion_protection_enabled", "termination_protection"};

TerraformBlock describeBlock(const HclBlock &Block, const std::string &File, bool IsModule) {
  TerraformBlock B;
  B.IsModule = IsModule;
  B.Type = IsModule ? "module" : std::string(Block.label(0));
  B.Name = std::string(IsModule ? Block.label(0) : Block.label(1));
  B.Address = IsModule ? "module." + B.Name : B.Type + "." + B.Name;
  B.File = File;
  B.Begin = Block.Begin;
  B.End = Block.End;
  B.HeaderEnd = Block.HeaderEnd;
  for (const HclAttribute &A : Block.Attributes) {
    std::string Value = canonicalValue(A.Value);
    if (A.Name == "count" || A.Name == "for_each") {
      B.Repetition = A.Name;
      B.RepetitionValue = Value;
      if (A.Name == "for_each")
        B.KeysKnown = literalKeys(A.Value, B.Keys);
      continue;
    }
    if (IsModule && A.Name == "source" && A.Value.Kind == NodeKind::String)
      B.Source = A.Value.Value;
    B.Arguments[A.Name] = Value;
    for (const char *Flag : ProtectionFlags)
      if (A.Name == Flag && A.Value.isTrue())
        B.ProtectionFlagsOn.insert(Flag);
  }
  std::map<std::string, unsigned> Seen;
  for (const HclBlock &Nested : Block.Blocks) {
    if (Nested.Type == "lifecycle") {
      for (const HclAttribute &A : Nested.Attributes)
        if (A.Name == "prevent_destroy" && A.Value.isTrue())
          B.PreventDestroy = true;
      continue; // lifecycle is Terraform's, not the provider's: it never forces replacement
    }
    B.Arguments["block:" + Nested.Type + "#" + std::to_string(Seen[Nested.Type]++)] = canonicalBlock(Nested, 0);
    // deletion_protection inside a nested block (google_sql_database_instance.settings).
    for (const HclAttribute &A : Nested.Attributes)
      for (const char *Flag : ProtectionFlags)
        if (A.Name == Flag && A.Value.isTrue())
          B.ProtectionFlagsOn.insert(Nested.Type + "." + Flag);
  }
  std::string Expressions;
  blockExpressions(Block, Expressions, 0);
  collectReferences(Expressions, B.References);
  B.References.erase(B.Address);
  static const RE2 Variable("\\bvar\\.([A-Za-z_][A-Za-z0-9_-]*)");
  re2::StringPiece Input(Expressions);
  std::string Name;
  while (RE2::FindAndConsume(&Input, Variable, &Name))
    B.Variables.insert(Name);
  if (IsModule)
    for (const HclAttribute &A : Block.Attributes) {
      std::string Parts = expressionParts(A.Value);
      collectReferences(Parts, B.InputReferences[A.Name]);
      re2::StringPiece Rest(Parts);
      while (RE2::FindAndConsume(&Rest, Variable, &Name))
        B.InputVariables[A.Name].insert(Name);
    }
  return B;
}

} // namespace

std::string canonicalValue(const Node &Value) {
  std::string Out;
  appendCanonical(Value, Out, 0);
  return Out;
}

void addTerraformFile(TerraformModule &Module, const std::string &File, std::string Text, const TSTree *Previous,
                      std::string_view PreviousText, model::TreePtr *Keep) {
  model::TreePtr Tree = model::reparseWhole(Grammar::Hcl, Previous, PreviousText, Text);
  if (!Tree) {
    Module.Problems.push_back(File);
    Module.Texts[File] = std::move(Text);
    return;
  }
  TSNode Root = ts_tree_root_node(Tree.get());
  if (ts_node_has_error(Root))
    Module.Problems.push_back(File);
  HclBlock Top = model::convertHcl(Root, Text);
  for (const HclBlock &Block : Top.Blocks) {
    if (Block.Type == "resource" && Block.Labels.size() == 2) {
      TerraformBlock B = describeBlock(Block, File, false);
      Module.Blocks.emplace(B.Address, std::move(B));
    } else if (Block.Type == "module" && Block.Labels.size() == 1) {
      TerraformBlock B = describeBlock(Block, File, true);
      Module.Blocks.emplace(B.Address, std::move(B));
    } else if (Block.Type == "moved") {
      Module.Moves.push_back({addressOf(Block.attribute("from")), addressOf(Block.attribute("to"))});
    } else if (Block.Type == "removed") {
      TerraformRemoved R;
      R.From = addressOf(Block.attribute("from"));
      for (const HclBlock *Lifecycle : Block.blocks("lifecycle"))
        if (const HclAttribute *Destroy = Lifecycle->attribute("destroy"))
          R.Destroy = !Destroy->Value.isFalse();
      Module.Removals.push_back(std::move(R));
    }
  }
  Module.Texts[File] = std::move(Text);
  if (Keep)
    *Keep = std::move(Tree);
}

} // namespace blastradius::impact

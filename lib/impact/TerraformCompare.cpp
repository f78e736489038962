#include "impact/TerraformCompare.h"

#include "SourceText.h"
#include "impact/ReplacementAttributes.h"

#include <algorithm>
#include <filesystem>
#include <optional>

namespace blastradius::impact {

namespace {

std::string lineOf(const TerraformModule &M, const TerraformBlock &B) {
  auto Text = M.Texts.find(B.File);
  if (Text == M.Texts.end())
    return B.File;
  SourceText Source(Text->second);
  return B.File + ":" + std::to_string(Source.position(B.Begin).Line);
}

bool movedFrom(const TerraformModule &Head, const std::string &Address, bool InstancesToo) {
  for (const TerraformMove &Move : Head.Moves) {
    if (Move.From == Address)
      return true;
    if (InstancesToo && Move.From.size() > Address.size() && Move.From.compare(0, Address.size(), Address) == 0 &&
        Move.From[Address.size()] == '[')
      return true;
  }
  return false;
}

bool forgotten(const TerraformModule &Head, const std::string &Address) {
  for (const TerraformRemoved &R : Head.Removals)
    if (R.From == Address && !R.Destroy)
      return true;
  return false;
}

/// Share of arguments two blocks have in common (1.0: the same body).
double similarity(const TerraformBlock &A, const TerraformBlock &B) {
  if (A.Arguments.empty() && B.Arguments.empty())
    return 1.0;
  size_t Same = 0;
  for (const auto &[Name, Value] : A.Arguments) {
    auto Other = B.Arguments.find(Name);
    if (Other != B.Arguments.end() && Other->second == Value)
      ++Same;
  }
  return static_cast<double>(Same) / static_cast<double>(std::max(A.Arguments.size(), B.Arguments.size()));
}

bool blockStateful(const TerraformBlock &B) { return B.IsModule || isStatefulTerraformType(B.Type); }

std::string dependentsSuffix(const ImpactSink::Event &E) {
  if (E.Dependents.empty())
    return "";
  size_t N = E.Dependents.size();
  return " (" + std::to_string(N) + (N == 1 ? " block references it)" : " blocks reference it)");
}

/// Where a finding about a block that is gone sits: the same file at the head when it still exists
/// (its first line; the base line is in the message), else the base file at the block.
Place placeOfRemoved(const TerraformModule &Base, const TerraformModule &Head, const TerraformBlock &B,
                     ImpactSink &Sink) {
  if (Head.Texts.count(B.File))
    return {B.File, 0, 0};
  Sink.text(B.File, Base.Texts.at(B.File));
  return {B.File, B.Begin, B.HeaderEnd};
}

std::string describeRepetition(const std::string &R) { return R.empty() ? "a single instance" : R; }

/// The module chain under a block is deeper than the dependents search follows.
void depthLimited(ImpactSink &Sink, const TerraformBlock &B) {
  Sink.Notifications.push_back({B.File, "change-impact-module-depth",
                                "the dependents of " + B.Address + " were followed " +
                                    std::to_string(MaxModuleDepth) +
                                    " module levels deep and no further: the count may be short",
                                Level::Error, false, {}});
}

} // namespace

namespace {

/// The directory a module call's local source names (top-relative), or nullopt for a registry or
/// remote source, or one that leaves the repository.
std::optional<std::string> childDirectory(const TerraformModule &Parent, const TerraformBlock &Call) {
  if (Call.Source.rfind("./", 0) != 0 && Call.Source.rfind("../", 0) != 0)
    return std::nullopt;
  std::string Child = std::filesystem::path(Parent.Directory.empty() ? "." : Parent.Directory)
                          .append(Call.Source)
                          .lexically_normal()
                          .generic_string();
  while (!Child.empty() && Child.back() == '/')
    Child.pop_back();
  if (Child == ".")
    Child.clear();
  if (Child.rfind("..", 0) == 0 || Child == Parent.Directory)
    return std::nullopt;
  return Child;
}

/// Into the module Call instantiates: its blocks that read one of Inputs (the variables the
/// address was passed in as), and through its own module calls that pass such a variable on, the
/// nested modules' blocks. Path: the module directories of the chain (a cycle guard); the depth is
/// bounded by MaxModuleDepth.
bool followInputs(const TerraformModule &Parent, const TerraformBlock &Call, const std::set<std::string> &Inputs,
                  const std::string &Prefix, unsigned Depth, std::vector<std::string> &Path, ImpactSink::Event &E,
                  bool InBase, const ModuleLoader &Load) {
  std::optional<std::string> Child = childDirectory(Parent, Call);
  if (!Child || std::find(Path.begin(), Path.end(), *Child) != Path.end())
    return true;
  if (Depth > MaxModuleDepth)
    return false;
  const TerraformModule *Inner = Load(*Child, InBase);
  if (!Inner)
    return true;
  bool Complete = true;
  Path.push_back(*Child);
  for (const auto &[InnerAddress, InnerBlock] : Inner->Blocks) {
    std::string Name = Prefix + "." + InnerAddress;
    for (const std::string &Input : Inputs)
      if (InnerBlock.Variables.count(Input)) {
        E.Dependents.push_back({InnerBlock.File, InnerBlock.Begin, InnerBlock.HeaderEnd, InBase});
        E.DependentNames.push_back(Name + (InnerBlock.IsModule ? " (a module input through var." : " (through var.") +
                                   Input + ")");
        break;
      }
    if (!InnerBlock.IsModule)
      continue;
    std::set<std::string> Passed;
    for (const auto &[NestedInput, Variables] : InnerBlock.InputVariables)
      for (const std::string &Input : Inputs)
        if (Variables.count(Input))
          Passed.insert(NestedInput);
    if (!Passed.empty())
      Complete &= followInputs(*Inner, InnerBlock, Passed, Name, Depth + 1, Path, E, InBase, Load);
  }
  Path.pop_back();
  return Complete;
}

} // namespace

bool addTerraformDependents(const TerraformModule &Module, const std::string &Address, ImpactSink::Event &E,
                            bool InBase, const ModuleLoader &Load) {
  bool Complete = true;
  for (const auto &[Other, Block] : Module.Blocks) {
    if (!Block.References.count(Address))
      continue;
    E.Dependents.push_back({Block.File, Block.Begin, Block.HeaderEnd, InBase});
    E.DependentNames.push_back(Block.IsModule ? Block.Address + " (a module input)" : Block.Address);
    // Into the child module (local sources only) and on into the modules it passes the value to.
    if (!Block.IsModule || !Load)
      continue;
    std::set<std::string> Inputs;
    for (const auto &[Input, Targets] : Block.InputReferences)
      if (Targets.count(Address))
        Inputs.insert(Input);
    std::vector<std::string> Path = {Module.Directory};
    if (!Inputs.empty())
      Complete &= followInputs(Module, Block, Inputs, Block.Address, 1, Path, E, InBase, Load);
  }
  return Complete;
}

void compareTerraformModules(const TerraformModule &Base, const TerraformModule &Head, ImpactSink &Sink,
                             const ModuleLoader &Load) {
  for (const auto &[File, Text] : Head.Texts)
    Sink.text(File, Text);
  for (const auto &[File, Text] : Base.Texts)
    Sink.baseText(File, Text);

  // Added addresses of each type: candidates for a rename.
  std::vector<const TerraformBlock *> Added;
  for (const auto &[Address, Block] : Head.Blocks)
    if (!Base.Blocks.count(Address))
      Added.push_back(&Block);
  std::set<const TerraformBlock *> Claimed;

  for (const auto &[Address, Old] : Base.Blocks) {
    auto Now = Head.Blocks.find(Address);
    if (Now == Head.Blocks.end()) {
      if (movedFrom(Head, Address, false) || forgotten(Head, Address))
        continue;
      const std::string Kind = Old.IsModule ? "module call " : "resource ";
      // A rename: an added block of the same type with (mostly) the same body.
      const TerraformBlock *Best = nullptr;
      double BestScore = 0.5;
      for (const TerraformBlock *Candidate : Added)
        if (!Claimed.count(Candidate) && Candidate->Type == Old.Type && Candidate->IsModule == Old.IsModule &&
            !movedFrom(Head, Candidate->Address, true)) {
          double Score = similarity(Old, *Candidate);
          if (Score >= BestScore && (!Best || Score > BestScore)) {
            Best = Candidate;
            BestScore = Score;
          }
        }
      ImpactSink::Event E;
      E.Address = Address;
      E.Stateful = blockStateful(Old);
      // A renamed block's dependents follow it in the head; a removed one's are in the base.
      if (!(Best ? addTerraformDependents(Head, Best->Address, E, false, Load)
                 : addTerraformDependents(Base, Address, E, true, Load)))
        depthLimited(Sink, Best ? *Best : Old);
      if (Best) {
        Claimed.insert(Best);
        E.RuleId = "terraform-renamed-without-moved";
        E.Where = {Best->File, Best->Begin, Best->HeaderEnd};
        E.Detail = Kind + Address + " to " + Best->Address + dependentsSuffix(E);
        E.FixDescription = "add a moved block so that Terraform renames the object in its state instead of "
                           "destroying it";
        E.FixText = "\n\nmoved {\n  from = " + Address + "\n  to   = " + Best->Address + "\n}";
        E.FixAt = Best->End;
        Sink.report(std::move(E));
        continue;
      }
      E.RuleId = "terraform-resource-destroyed";
      E.Where = placeOfRemoved(Base, Head, Old, Sink);
      E.Detail = Kind + Address + " (at " + lineOf(Base, Old) + " in the base) is removed" + dependentsSuffix(E);
      Sink.report(std::move(E));
      continue;
    }

    const TerraformBlock &New = Now->second;
    Place Here{New.File, New.Begin, New.HeaderEnd};
    // count / for_each: every instance's address changes.
    if (Old.Repetition != New.Repetition && !movedFrom(Head, Address, true)) {
      ImpactSink::Event E;
      E.RuleId = "terraform-instance-addresses-changed";
      E.Address = Address;
      E.Where = Here;
      E.Stateful = blockStateful(New);
      E.Detail = Address + " goes from " + describeRepetition(Old.Repetition) + " to " +
                 describeRepetition(New.Repetition);
      Sink.report(std::move(E));
    } else if (Old.Repetition == "for_each" && New.Repetition == "for_each" && Old.KeysKnown && New.KeysKnown) {
      std::vector<std::string> Gone;
      for (const std::string &Key : Old.Keys)
        if (!New.Keys.count(Key) && !movedFrom(Head, Address + "[\"" + Key + "\"]", false))
          Gone.push_back(Key);
      if (!Gone.empty()) {
        ImpactSink::Event E;
        E.RuleId = "terraform-instance-addresses-changed";
        E.Address = Address;
        E.Where = Here;
        E.Stateful = blockStateful(New);
        std::string Keys;
        for (const std::string &Key : Gone)
          Keys += (Keys.empty() ? "" : ", ") + Address + "[\"" + Key + "\"]";
        E.Detail = "the for_each keys of " + Address + " change: " + Keys + " would be destroyed";
        Sink.report(std::move(E));
      }
    }

    // Arguments that force a replacement.
    if (!New.IsModule && Old.Type == New.Type) {
      std::set<std::string> Names;
      for (const auto &[Name, Value] : Old.Arguments)
        Names.insert(Name);
      for (const auto &[Name, Value] : New.Arguments)
        Names.insert(Name);
      for (const std::string &Name : Names) {
        auto Before = Old.Arguments.find(Name);
        auto After = New.Arguments.find(Name);
        std::string BeforeValue = Before == Old.Arguments.end() ? "" : Before->second;
        std::string AfterValue = After == New.Arguments.end() ? "" : After->second;
        if (BeforeValue == AfterValue)
          continue;
        std::string_view Source = replacementSource(New.Type, Name);
        if (Source.empty())
          continue;
        ImpactSink::Event E;
        E.RuleId = "terraform-replacement-forced";
        E.Address = Address;
        E.Stateful = blockStateful(New);
        E.Where = Here;
        if (!addTerraformDependents(Head, Address, E, false, Load))
          depthLimited(Sink, New);
        // On the argument itself when it is still there.
        if (After != New.Arguments.end()) {
          auto Text = Head.Texts.find(New.File);
          if (Text != Head.Texts.end()) {
            size_t At = Text->second.find(Name, New.HeaderEnd);
            if (At != std::string::npos && At < New.End)
              E.Where = {New.File, static_cast<uint32_t>(At), static_cast<uint32_t>(At + Name.size())};
          }
        }
        E.Detail = std::string(After == New.Arguments.end()   ? "removing "
                               : Before == Old.Arguments.end() ? "adding "
                                                               : "changing ") +
                   Name + " of " + Address + dependentsSuffix(E) + " (" + std::string(Source) + ")";
        Sink.report(std::move(E));
      }
    }

    // Safety catches taken off in the same change.
    std::vector<std::string> Lost;
    if (Old.PreventDestroy && !New.PreventDestroy)
      Lost.push_back("lifecycle prevent_destroy = true");
    for (const std::string &Flag : Old.ProtectionFlagsOn)
      if (!New.ProtectionFlagsOn.count(Flag))
        Lost.push_back(Flag + " = true");
    for (const std::string &What : Lost) {
      ImpactSink::Event E;
      E.RuleId = "terraform-destroy-protection-removed";
      E.Address = Address + "#protection";
      E.Stateful = blockStateful(New);
      E.Where = Here;
      E.Detail = What + " is removed from " + Address;
      Sink.report(std::move(E));
    }
  }
}

} // namespace blastradius::impact

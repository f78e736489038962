#include "impact/CloudFormationChangeSet.h"
#include "impact/CloudFormationCompare.h"
#include "impact/JsonMember.h"
#include "impact/WorkTreeWalk.h"

#include "semantic/CloudFormationStatefulTypes.h"

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace blastradius::impact {

namespace {

constexpr uint64_t MaxChangeSetBytes = 64ull * 1024 * 1024;
constexpr uint64_t MaxTemplateBytes = 4ull * 1024 * 1024;

struct Template {
  std::string File;
  std::string Text;
};

/// The CloudFormation templates of the work tree (files that declare AWSTemplateFormatVersion or
/// a Resources section with a Type: AWS:: entry).
std::vector<Template> findTemplates(const std::string &Top, bool &Truncated) {
  std::vector<Template> Found;
  walkWorkTree(
      Top,
      [&](const fs::directory_entry &Entry, const std::string &) {
        std::error_code Ec;
        std::string Extension = Entry.path().extension().string();
        if (Extension != ".yaml" && Extension != ".yml" && Extension != ".json" && Extension != ".template")
          return;
        if (!Entry.is_regular_file(Ec) || Entry.is_symlink(Ec) || Entry.file_size(Ec) > MaxTemplateBytes)
          return;
        std::ifstream In(Entry.path(), std::ios::binary);
        std::stringstream Bytes;
        Bytes << In.rdbuf();
        std::string Text = Bytes.str();
        if (Text.find("AWS::") == std::string::npos || Text.find("Resources") == std::string::npos)
          return;
        Found.push_back({fs::relative(Entry.path(), Top).generic_string(), std::move(Text)});
      },
      Truncated);
  std::sort(Found.begin(), Found.end(), [](const Template &A, const Template &B) { return A.File < B.File; });
  return Found;
}

/// Where a logical id is declared: a YAML key `  Name:` or a JSON key `"Name": {`.
bool findLogicalId(const Template &T, const std::string &Id, uint32_t &Begin, uint32_t &End) {
  RE2 Declaration("(?m)^[ \\t]+(\"?" + RE2::QuoteMeta(Id) + "\"?)[ \\t]*:");
  re2::StringPiece Input(T.Text), Match;
  if (!RE2::PartialMatch(Input, Declaration, &Match))
    return false;
  Begin = static_cast<uint32_t>(Match.data() - T.Text.data());
  End = Begin + static_cast<uint32_t>(Match.size());
  return true;
}

/// A resource attribute (DeletionPolicy, UpdateReplacePolicy) in the block of the logical id that
/// starts at Begin: the lines after it that are indented deeper (YAML), or the JSON object after it.
std::string resourcePolicy(const Template &T, uint32_t Begin, const std::string &Name) {
  size_t LineStart = T.Text.rfind('\n', Begin);
  LineStart = LineStart == std::string::npos ? 0 : LineStart + 1;
  size_t Indent = Begin - LineStart;
  size_t At = T.Text.find('\n', Begin);
  RE2 Policy("^[ \t]*\"?" + Name + "\"?[ \t]*:[ \t]*\"?([A-Za-z]+)");
  while (At != std::string::npos && At + 1 < T.Text.size()) {
    size_t Next = T.Text.find('\n', At + 1);
    std::string Line = T.Text.substr(At + 1, (Next == std::string::npos ? T.Text.size() : Next) - At - 1);
    size_t First = Line.find_first_not_of(" \t");
    if (First != std::string::npos && Line[First] != '#') {
      if (First <= Indent && Line[First] != '"' && Line[First] != '}')
        break; // the next resource (YAML)
      std::string Value;
      if (RE2::PartialMatch(Line, Policy, &Value))
        return Value;
      if (First <= Indent)
        break;
    }
    At = Next;
  }
  return "";
}

} // namespace

void readChangeSets(const std::vector<std::string> &Files, const std::string &Top, ImpactSink &Sink) {
  if (Files.empty())
    return;
  bool Truncated = false;
  std::vector<Template> Templates = findTemplates(Top, Truncated);
  for (const std::string &File : Files) {
    std::string Shown = fs::absolute(File).lexically_normal().generic_string();
    if (Shown.rfind(Top + "/", 0) == 0)
      Shown = Shown.substr(Top.size() + 1);
    auto Fail = [&](const std::string &Why) {
      Sink.Notifications.push_back(
          {Shown, "cloudformation-changeset-unreadable", File + ": " + Why, Level::Error, false, {}});
    };
    std::error_code Ec;
    uint64_t Size = fs::file_size(File, Ec);
    if (Ec) {
      Fail("cannot read the change set: " + Ec.message());
      continue;
    }
    if (Size > MaxChangeSetBytes) {
      Fail("the change set is " + std::to_string(Size) + " bytes, more than this tool reads: not analysed");
      continue;
    }
    std::ifstream In(File, std::ios::binary);
    nlohmann::json Set;
    try {
      Set = nlohmann::json::parse(In);
    } catch (const nlohmann::json::exception &E) {
      Fail("not the JSON of `aws cloudformation describe-change-set` (truncated or not JSON): " + std::string(E.what()));
      continue;
    }
    if (!Set.is_object() || !Set.contains("Changes") || !Set["Changes"].is_array()) {
      Fail("not the JSON of `aws cloudformation describe-change-set`: no Changes list");
      continue;
    }
    for (const nlohmann::json &Change : Set["Changes"]) {
      if (!Change.is_object() || !Change.contains("ResourceChange") || !Change["ResourceChange"].is_object())
        continue;
      const nlohmann::json &R = Change["ResourceChange"];
      std::string Action = stringMember(R, "Action");
      std::string Replacement = stringMember(R, "Replacement");
      std::string Id = stringMember(R, "LogicalResourceId");
      std::string Type = stringMember(R, "ResourceType");
      bool Removes = Action == "Remove";
      bool Replaces = Action == "Modify" && (Replacement == "True" || Replacement == "Conditional");
      if (Id.empty() || (!Removes && !Replaces))
        continue;
      ImpactSink::Event E;
      E.Source = "plan";
      E.Address = Id;
      E.Stateful = cloudformation::findStatefulType(Type) != nullptr;
      E.RuleId = Removes ? "cloudformation-resource-removed" : "cloudformation-replacement-forced";
      std::string Properties;
      if (Change.contains("ResourceChange") && R.contains("Details") && R["Details"].is_array())
        for (const nlohmann::json &D : R["Details"])
          if (D.is_object() && D.contains("Target") && D["Target"].is_object() &&
              stringMember(D["Target"], "RequiresRecreation") != "Never") {
            std::string Name = stringMember(D["Target"], "Name");
            if (!Name.empty() && Properties.find(Name) == std::string::npos)
              Properties += (Properties.empty() ? "" : ", ") + Name;
          }
      E.Detail = "the change set " + std::string(Removes ? "deletes " : "replaces ") + Id + " (" + Type + ")" +
                 (Replaces && Replacement == "Conditional" ? " (replacement: Conditional)" : "") +
                 (Properties.empty() ? "" : " because of " + Properties);
      E.Where = {Shown, 0, 0};
      bool Placed = false, Skip = false;
      for (const Template &T : Templates) {
        uint32_t Begin = 0, End = 0;
        if (findLogicalId(T, Id, Begin, End)) {
          Sink.text(T.File, T.Text);
          E.Where = {T.File, Begin, End};
          Placed = true;
          addCloudFormationDependents(T.File, T.Text, Id, E, false);
          E.Detail += cloudFormationDependentsSuffix(E);
          // Retain keeps the physical resource; Snapshot keeps its data as a snapshot (a note).
          std::string Policy = resourcePolicy(T, Begin, Removes ? "DeletionPolicy" : "UpdateReplacePolicy");
          if (Policy == "Retain")
            Skip = true;
          else if (Policy == "Snapshot")
            E.Stateful = false;
          break;
        }
      }
      if (!Placed)
        Sink.Notifications.push_back({Shown, "plan-address-not-found",
                                      "the change set's " + Id + " is not declared in the scanned templates: "
                                      "reported at the change set file",
                                      Level::Warning, false, {}});
      if (!Skip)
        Sink.report(std::move(E));
    }
  }
  if (Truncated)
    Sink.Notifications.push_back({"", "change-impact-walk-limit",
                                  "more files than the change set placement walks: some logical ids may be "
                                  "reported at the change set file",
                                  Level::Error, false, {}});
}

} // namespace blastradius::impact

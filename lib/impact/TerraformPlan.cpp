#include "impact/TerraformPlan.h"
#include "impact/JsonMember.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace blastradius::impact {

namespace {

/// Drops `[...]` instance keys (quoted strings inside them included).
std::string withoutKeys(const std::string &Address) {
  std::string Out;
  int Depth = 0;
  bool Quoted = false;
  for (size_t I = 0; I < Address.size(); ++I) {
    char C = Address[I];
    if (Depth > 0) {
      if (Quoted) {
        if (C == '\\')
          ++I;
        else if (C == '"')
          Quoted = false;
      } else if (C == '"') {
        Quoted = true;
      } else if (C == ']') {
        --Depth;
      }
      continue;
    }
    if (C == '[') {
      ++Depth;
      continue;
    }
    Out += C;
  }
  return Out;
}

} // namespace

bool splitAddress(const std::string &Address, std::vector<std::string> &Modules, std::string &Resource) {
  std::vector<std::string> Parts;
  std::stringstream In(withoutKeys(Address));
  for (std::string Part; std::getline(In, Part, '.');)
    Parts.push_back(Part);
  size_t I = 0;
  while (I + 1 < Parts.size() && Parts[I] == "module") {
    Modules.push_back(Parts[I + 1]);
    I += 2;
  }
  if (I + 2 != Parts.size() || Parts[I] == "data")
    return false;
  Resource = Parts[I] + "." + Parts[I + 1];
  return true;
}

bool readTerraformPlan(const std::string &Path, std::vector<PlanChange> &Changes, std::string &Error) {
  std::error_code Ec;
  uint64_t Size = std::filesystem::file_size(Path, Ec);
  if (Ec) {
    Error = "cannot read the Terraform plan: " + Ec.message();
    return false;
  }
  if (Size > MaxPlanBytes) {
    Error = "the Terraform plan is " + std::to_string(Size) + " bytes, more than the " +
            std::to_string(MaxPlanBytes / (1024 * 1024)) + " MB this tool reads: not analysed";
    return false;
  }
  std::ifstream In(Path, std::ios::binary);
  nlohmann::json Plan;
  try {
    Plan = nlohmann::json::parse(In);
  } catch (const nlohmann::json::exception &E) {
    Error = "not the JSON of `terraform show -json` (truncated or not JSON): " + std::string(E.what());
    return false;
  }
  if (!Plan.is_object() || !Plan.contains("format_version") || !Plan["format_version"].is_string()) {
    Error = "not the JSON of `terraform show -json`: no format_version";
    return false;
  }
  std::string Version = Plan["format_version"].get<std::string>();
  // Terraform promises compatible changes within a major version: 0.x (up to 0.15) and 1.x.
  if (Version.rfind("0.", 0) != 0 && Version.rfind("1.", 0) != 0) {
    Error = "unknown plan format_version '" + Version + "' (this tool reads 0.x and 1.x)";
    return false;
  }
  if (!Plan.contains("resource_changes")) {
    if (!Plan.contains("planned_values") && !Plan.contains("configuration")) {
      Error = "not a plan: no resource_changes, planned_values or configuration (a state file?)";
      return false;
    }
    return true; // a plan that changes nothing
  }
  const nlohmann::json &List = Plan["resource_changes"];
  if (!List.is_array()) {
    Error = "resource_changes is not a list";
    return false;
  }
  for (const nlohmann::json &Item : List) {
    if (!Item.is_object() || !Item.contains("change") || !Item["change"].is_object())
      continue;
    const nlohmann::json &Change = Item["change"];
    if (!Change.contains("actions") || !Change["actions"].is_array())
      continue;
    std::vector<std::string> Actions;
    for (const nlohmann::json &A : Change["actions"])
      if (A.is_string())
        Actions.push_back(A.get<std::string>());
    PlanChange C;
    if (Actions == std::vector<std::string>{"delete"}) {
      C.Action = "delete";
    } else if (Actions == std::vector<std::string>{"delete", "create"}) {
      C.Action = "replace";
    } else if (Actions == std::vector<std::string>{"create", "delete"}) {
      C.Action = "replace";
      C.CreateBeforeDestroy = true;
    }
    // Other actions (no-op, update, create, read) stay with an empty Action: the plan still speaks
    // for that address, and the diff's inferences about it give way.
    if (Item.contains("mode") && Item["mode"] == "data")
      continue;
    C.Address = stringMember(Item, "address");
    C.Type = stringMember(Item, "type");
    if (Item.contains("action_reason") && Item["action_reason"].is_string())
      C.ActionReason = Item["action_reason"].get<std::string>();
    if (Change.contains("replace_paths") && Change["replace_paths"].is_array())
      for (const nlohmann::json &P : Change["replace_paths"])
        if (P.is_array() && !P.empty() && P[0].is_string())
          C.ReplacePaths.push_back(P[0].get<std::string>());
    if (!C.Address.empty())
      Changes.push_back(std::move(C));
  }
  return true;
}

} // namespace blastradius::impact

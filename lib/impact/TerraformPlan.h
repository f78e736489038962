// Reads the JSON of `terraform show -json PLAN` (and `tofu show -json`): the resource changes that
// delete or replace something, with Terraform's reason and the attributes that force it. The plan
// is a hostile input like any other: size-capped, parse errors and unknown format versions are
// errors that name the file.
#ifndef BLASTRADIUS_IMPACT_TERRAFORMPLAN_H
#define BLASTRADIUS_IMPACT_TERRAFORMPLAN_H

#include <cstdint>
#include <string>
#include <vector>

namespace blastradius::impact {

struct PlanChange {
  /// "module.db.aws_db_instance.main[0]"
  std::string Address;
  std::string Type;
  /// "delete", "replace" (delete+create or create+delete), or "" for any other action.
  std::string Action;
  bool CreateBeforeDestroy = false;
  std::string ActionReason;
  /// Top-level attribute names of replace_paths ("storage_encrypted").
  std::vector<std::string> ReplacePaths;
};

/// The largest plan read (a real plan of thousands of resources is tens of megabytes).
constexpr uint64_t MaxPlanBytes = 128ull * 1024 * 1024;

bool readTerraformPlan(const std::string &Path, std::vector<PlanChange> &Changes, std::string &Error);

/// The parts of a resource address: the module call names it goes through and the resource's own
/// "type.name", instance keys dropped. False for data sources and anything that is not a resource.
bool splitAddress(const std::string &Address, std::vector<std::string> &Modules, std::string &Resource);

} // namespace blastradius::impact

#endif

// The change-impact issue's external inputs: the JSON of `terraform show -json PLAN` (first byte
// even) and of `aws cloudformation describe-change-set` (first byte odd), placed against a small
// CloudFormation template in a scratch work tree. Any bytes: an error naming the file, never a crash.
#include "FuzzCommon.h"

#include "impact/CloudFormationChangeSet.h"
#include "impact/ImpactSink.h"
#include "impact/TerraformPlan.h"

#include <filesystem>
#include <fstream>

using namespace blastradius;

namespace {

/// A work tree with one template whose logical ids the seeds name.
const std::string &workTree() {
  static const std::string Top = [] {
    const char *Tmp = std::getenv("TMPDIR");
    std::string Dir = std::string(Tmp && *Tmp ? Tmp : "/tmp") + "/blastradius-fuzz-tree-" + std::to_string(getpid());
    std::filesystem::create_directories(Dir);
    std::ofstream(Dir + "/template.yaml") << "AWSTemplateFormatVersion: '2010-09-09'\n"
                                             "Resources:\n"
                                             "  Database:\n"
                                             "    Type: AWS::RDS::DBInstance\n"
                                             "    DeletionPolicy: Snapshot\n"
                                             "  Bucket:\n"
                                             "    Type: AWS::S3::Bucket\n";
    return std::filesystem::canonical(Dir).string();
  }();
  return Top;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  if (Data[0] & 1) {
    std::string Path = fuzz::scratchFile(Data + 1, Size - 1, "-changeset.json");
    impact::ImpactSink Sink(fuzz::builtInRules(), "");
    impact::readChangeSets({Path}, workTree(), Sink);
    (void)Sink.finish(false);
  } else {
    std::string Path = fuzz::scratchFile(Data + 1, Size - 1, "-plan.json");
    std::vector<impact::PlanChange> Changes;
    std::string Error;
    if (impact::readTerraformPlan(Path, Changes, Error))
      for (const impact::PlanChange &Change : Changes) {
        std::vector<std::string> Modules;
        std::string Resource;
        (void)impact::splitAddress(Change.Address, Modules, Resource);
      }
  }
  return 0;
}

#include "impact/ChangeImpact.h"

#include "Git.h"
#include "impact/ImpactSink.h"
#include "impact/KubernetesCompare.h"
#include "impact/MigrationHistory.h"
#include "impact/Revision.h"
#include "impact/TerraformCompare.h"
#include "impact/TerraformIndex.h"
#include "impact/TerraformPlan.h"
#include "impact/ReplacementAttributes.h"
#include "impact/CloudFormationChangeSet.h"
#include "impact/CloudFormationCompare.h"
#include "StringHelpers.h"
#include "WorkerThreads.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace blastradius::impact {

namespace {

bool underAny(const std::string &Path, const std::vector<std::string> &Scope) {
  if (Scope.empty())
    return true;
  for (const std::string &S : Scope)
    if (S.empty() || Path == S || (Path.size() > S.size() && Path.compare(0, S.size(), S) == 0 && Path[S.size()] == '/'))
      return true;
  return false;
}

/// Trees of the base's files, kept so that the head's parse of the same file reuses them.
using TreeCache = std::map<std::string, model::TreePtr>;

/// Base != null: this is the head, and Trees holds the base's trees (reused); else Trees, when
/// given, receives this side's trees.
TerraformModule loadModule(const Revision &Side, const std::string &Directory, std::vector<Notification> &Notes,
                           TreeCache *Trees = nullptr, const TerraformModule *Base = nullptr) {
  TerraformModule M;
  M.Directory = Directory;
  for (const auto &[File, Size] : Side.filesIn(Directory)) {
    if (!endsWith(File, ".tf"))
      continue;
    std::string Error;
    std::optional<std::string> Text = Side.read(File, Error);
    if (!Text) {
      Notes.push_back({File, "change-impact-unreadable", Error, Level::Error, false, {}});
      M.Problems.push_back(File);
      continue;
    }
    if (!Trees) {
      addTerraformFile(M, File, std::move(*Text));
    } else if (!Base) {
      addTerraformFile(M, File, std::move(*Text), nullptr, {}, &(*Trees)[File]);
    } else {
      auto Tree = Trees->find(File);
      auto Previous = Base->Texts.find(File);
      if (Tree != Trees->end() && Tree->second && Previous != Base->Texts.end())
        addTerraformFile(M, File, std::move(*Text), Tree->second.get(), Previous->second);
      else
        addTerraformFile(M, File, std::move(*Text));
    }
  }
  return M;
}

void compareDiff(const ImpactOptions &Options, const std::string &Top, const std::vector<std::string> &Scope,
                 ImpactSink &Sink) {
  std::vector<std::string> Changed;
  std::string Error;
  if (Options.ChangedPaths && Options.HeadCommit.empty())
    Changed = *Options.ChangedPaths;
  else if (!changedPaths(Top, Options.BaseCommit, Options.HeadCommit, Changed, Error)) {
    Sink.Notifications.push_back({"", "change-impact-failed", Error, Level::Error, false, {}});
    return;
  }
  Revision Base(Top, Options.BaseCommit, Options.MaxFileSize);
  Revision Head(Top, Options.HeadCommit, Options.MaxFileSize);
  std::set<std::string> TerraformDirectories;
  std::vector<std::string> Others, Manifests;
  for (const std::string &Path : Changed) {
    if (!underAny(Path, Scope))
      continue;
    if (endsWith(Path, ".tf"))
      TerraformDirectories.insert(fs::path(Path).parent_path().generic_string());
    else if (endsWith(Path, ".sql") || endsWith(Path, ".py") || endsWith(Path, ".rb"))
      Others.push_back(Path);
    else if (endsWith(Path, ".yaml") || endsWith(Path, ".yml") || endsWith(Path, ".json") ||
             endsWith(Path, ".template"))
      Manifests.push_back(Path);
  }
  // Two git processes per side for everything the comparison reads, however many modules changed.
  std::vector<std::string> Directories(TerraformDirectories.begin(), TerraformDirectories.end());
  std::vector<std::string> Wanted = Others;
  Wanted.insert(Wanted.end(), Manifests.begin(), Manifests.end());
  for (Revision *Side : {&Base, &Head}) {
    std::vector<std::string> Listed = Directories;
    for (const std::string &Path : Wanted)
      Listed.push_back(fs::path(Path).parent_path().generic_string());
    Side->prefetchDirectories(Listed);
    std::vector<std::string> Files = Wanted;
    for (const std::string &Directory : Directories)
      for (const auto &[File, Size] : Side->filesIn(Directory))
        if (endsWith(File, ".tf"))
          Files.push_back(File);
    Side->prefetchFiles(Files);
  }
  // One comparison per module directory: a block moved between its files is not a destroy. The
  // parses (the cost of the comparison) run on Options.Jobs threads; the comparisons, which report,
  // run in directory order afterwards, so the output does not depend on the thread count.
  std::vector<std::string> Ordered(TerraformDirectories.begin(), TerraformDirectories.end());
  struct Loaded {
    TerraformModule Before, After;
    std::vector<Notification> Notes;
  };
  std::vector<Loaded> Modules(Ordered.size());
  std::atomic<size_t> Next{0};
  auto Work = [&] {
    for (size_t I = Next++; I < Ordered.size(); I = Next++) {
      TreeCache Trees;
      Modules[I].Before = loadModule(Base, Ordered[I], Modules[I].Notes, &Trees);
      Modules[I].After = loadModule(Head, Ordered[I], Modules[I].Notes, &Trees, &Modules[I].Before);
    }
  };
  runOnThreads(threadsFor(Options.Jobs, Ordered.size()), Work);
  std::map<std::string, TerraformModule> BaseChildren, HeadChildren;
  for (size_t I = 0; I < Ordered.size(); ++I) {
    const std::string &Directory = Ordered[I];
    for (Notification &N : Modules[I].Notes)
      Sink.Notifications.push_back(std::move(N));
    const TerraformModule &Before = Modules[I].Before;
    const TerraformModule &After = Modules[I].After;
    if (!Before.Problems.empty() || !After.Problems.empty()) {
      // A file that does not parse would look like every block in it was removed.
      const std::string &File = !After.Problems.empty() ? After.Problems.front() : Before.Problems.front();
      Sink.Notifications.push_back(
          {File, "change-impact-syntax-error",
           "change impact of the Terraform module " + (Directory.empty() ? std::string(".") : Directory) +
               " not analysed: " + File + " does not parse in " +
               (!After.Problems.empty() ? Head.describe() : Base.describe()),
           Level::Error, false, {}});
      continue;
    }
    compareTerraformModules(Before, After, Sink, [&](const std::string &Child, bool InBase) {
      std::map<std::string, TerraformModule> &Cache = InBase ? BaseChildren : HeadChildren;
      auto Found = Cache.find(Child);
      if (Found == Cache.end()) {
        Found = Cache.emplace(Child, loadModule(InBase ? Base : Head, Child, Sink.Notifications)).first;
        for (const auto &[File, Text] : Found->second.Texts)
          InBase ? Sink.baseText(File, Text) : Sink.text(File, Text);
      }
      return &Found->second;
    });
  }
  compareMigrations(Others, Base, Head, Sink);
  compareCloudFormation(Manifests, Base, Head, Sink);
  compareKubernetes(Manifests, Base, Head, Top, Options.HeadCommit, Sink);
}

std::string displayPath(const std::string &Top, const std::string &File) {
  std::string Absolute = fs::absolute(File).lexically_normal().generic_string();
  std::string Prefix = Top + "/";
  if (Absolute.rfind(Prefix, 0) == 0)
    return Absolute.substr(Prefix.size());
  return Absolute;
}

void readPlans(const ImpactOptions &Options, const std::string &Top, ImpactSink &Sink) {
  if (Options.TerraformPlans.empty())
    return;
  Revision Head(Top, "", Options.MaxFileSize);
  TerraformIndex Index(Top, Head);
  std::set<std::string> Covered;
  for (const std::string &PlanFile : Options.TerraformPlans) {
    std::string Shown = displayPath(Top, PlanFile);
    std::vector<PlanChange> Changes;
    std::string Error;
    if (!readTerraformPlan(PlanFile, Changes, Error)) {
      Sink.Notifications.push_back({Shown, "terraform-plan-unreadable", PlanFile + ": " + Error, Level::Error, false, {}});
      continue;
    }
    for (const PlanChange &C : Changes) {
      std::vector<std::string> Calls;
      std::string Resource;
      if (!splitAddress(C.Address, Calls, Resource))
        continue;
      Covered.insert(Resource);
      if (C.Action.empty())
        continue;
      const TerraformModule *Module = nullptr;
      const TerraformBlock *Block = Index.find(Calls, Resource, Module);
      ImpactSink::Event E;
      E.Source = "plan";
      E.Address = Resource;
      E.Stateful = isStatefulTerraformType(C.Type.empty() ? Resource.substr(0, Resource.find('.')) : C.Type);
      std::string Reason = C.ActionReason.empty() ? "" : " (" + C.ActionReason + ")";
      if (Block) {
        E.Where = {Block->File, Block->Begin, Block->HeaderEnd};
        // Through the modules the resource is passed to (the work tree's, as the plan's is).
        bool Complete = addTerraformDependents(*Module, Resource, E, false, [&](const std::string &Child, bool) {
          const TerraformModule &Loaded = Index.module(Child);
          for (const auto &[File, Text] : Loaded.Texts)
            Sink.text(File, Text);
          return &Loaded;
        });
        if (!Complete)
          Sink.Notifications.push_back({Block->File, "change-impact-module-depth",
                                        "the dependents of " + C.Address + " were followed " +
                                            std::to_string(MaxModuleDepth) +
                                            " module levels deep and no further: the count may be short",
                                        Level::Error, false, {}});
      } else {
        E.Where = {Shown, 0, 0};
        Sink.Notifications.push_back(
            {Shown, "plan-address-not-found",
             "the plan's " + C.Address + " is not declared in the scanned .tf files: reported at the plan file",
             Level::Warning, false, {}});
      }
      std::string Dependents;
      if (!E.Dependents.empty())
        Dependents = " (" + std::to_string(E.Dependents.size()) +
                     (E.Dependents.size() == 1 ? " block references it)" : " blocks reference it)");
      if (C.Action == "delete") {
        E.RuleId = "terraform-resource-destroyed";
        E.Detail = "the plan deletes " + C.Address + Reason + Dependents;
      } else {
        E.RuleId = "terraform-replacement-forced";
        std::string Paths;
        for (const std::string &P : C.ReplacePaths)
          Paths += (Paths.empty() ? "" : ", ") + P;
        // On the attribute that forces it, when the block has it.
        if (Block && !C.ReplacePaths.empty()) {
          auto Text = Module->Texts.find(Block->File);
          if (Text != Module->Texts.end()) {
            size_t At = Text->second.find(C.ReplacePaths.front(), Block->HeaderEnd);
            if (At != std::string::npos && At < Block->End)
              E.Where = {Block->File, static_cast<uint32_t>(At),
                         static_cast<uint32_t>(At + C.ReplacePaths.front().size())};
          }
        }
        E.Detail = "the plan replaces " + C.Address +
                   (C.CreateBeforeDestroy ? " (create before destroy)" : " (destroy, then create)") + Reason +
                   (Paths.empty() ? "" : " because of " + Paths) + Dependents;
      }
      if (Module)
        for (const auto &[File, Text] : Module->Texts)
          Sink.text(File, Text);
      Sink.report(std::move(E));
    }
  }
  if (Index.Truncated)
    Sink.Notifications.push_back({"", "change-impact-walk-limit",
                                  "more files than the plan placement walks: some plan addresses may be reported "
                                  "at the plan file",
                                  Level::Error, false, {}});
  // The plan is ground truth: the diff's inferences about the same addresses give way.
  Sink.preferPlan(Covered);
}

} // namespace

void addChangeImpact(const ImpactOptions &Options, const RuleSet &Rules, Report &Out) {
  std::string Top = Options.BaseCommit.empty() ? "" : gitTopLevel(Options.SourceRoot);
  if (Top.empty())
    Top = Options.SourceRoot;
  std::string Prefix = fs::relative(Options.SourceRoot, Top).generic_string();
  if (Prefix == ".")
    Prefix.clear();
  std::vector<std::string> Scope;
  for (const std::string &Path : Options.Paths) {
    std::error_code Ec;
    std::string Relative = fs::relative(fs::weakly_canonical(fs::absolute(Path), Ec), Top, Ec).generic_string();
    Scope.push_back(Relative == "." ? "" : Relative);
  }
  ImpactSink Sink(Rules, Prefix);
  if (!Options.BaseCommit.empty())
    compareDiff(Options, Top, Scope, Sink);
  readPlans(Options, Top, Sink);
  readChangeSets(Options.CloudFormationChangeSets, Top, Sink);
  for (Finding &F : Sink.finish(Options.ReportUnusedSuppressions))
    Out.Findings.push_back(std::move(F));
  for (Notification &N : Sink.Notifications) {
    std::string Path;
    if (!N.Path.empty() && Sink.reportPath(N.Path, Path))
      N.Path = Path;
    // A plan or change set that could not be read: the deployer's ground truth is missing.
    if (N.Kind == "terraform-plan-unreadable" || N.Kind == "cloudformation-changeset-unreadable")
      Out.ExecutionFailed = true;
    Out.Notifications.push_back(std::move(N));
  }
  Out.canonicalize();
}

} // namespace blastradius::impact

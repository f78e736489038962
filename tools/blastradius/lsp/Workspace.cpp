// One document through the scan's pipeline: configuration, engine, policy.
#include "Workspace.h"

#include "Engine.h"
#include "Inventory.h"
#include "LanguageDetection.h"
#include "Policy.h"
#include "ScanPipeline.h"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace fs = std::filesystem;

namespace blastradius::lsp {

namespace {
std::string readSmallFile(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  std::string Text;
  char Chunk[4096];
  // A configuration is small; a hostile one is cut (loadConfig then reads the real file and judges it).
  while (In && Text.size() < (1u << 20)) {
    In.read(Chunk, sizeof Chunk);
    Text.append(Chunk, static_cast<size_t>(In.gcount()));
  }
  return Text;
}
} // namespace

std::string Workspace::sourceRootFor(const std::string &Path) const {
  std::string Best;
  for (const std::string &Root : Roots) {
    fs::path Inside = fs::path(Path).lexically_relative(Root);
    if (Inside.empty() || *Inside.begin() == "..")
      continue;
    if (Root.size() > Best.size())
      Best = Root;
  }
  return Best.empty() ? fs::path(Path).parent_path().string() : Best;
}

std::shared_ptr<const Project> Workspace::projectFor(const std::string &Path, const std::string &Root) {
  std::string ConfigPath = findConfig(fs::path(Path).parent_path().string(), Root);
  std::string ConfigText = ConfigPath.empty() ? "" : readSmallFile(ConfigPath);
  auto Found = Projects.find(ConfigPath);
  if (Found != Projects.end() && Found->second->ConfigText == ConfigText)
    return Found->second;
  auto Loaded = std::make_shared<Project>();
  Loaded->ConfigPath = ConfigPath;
  Loaded->ConfigText = ConfigText;
  std::vector<std::string> Errors;
  if (!Loaded->Rules.loadDirectories(RuleDirectories, Errors)) {
    Errors.push_back("blastradius: error: invalid rules, nothing analysed");
    Loaded->Errors = std::move(Errors);
  } else {
    ProjectConfigRequest Request;
    Request.ConfigFile = ConfigPath;
    Request.NoConfig = ConfigPath.empty();
    Request.StartPath = Path;
    Request.SourceRoot = Root;
    if (!loadProjectConfig(Request, Loaded->Rules, Loaded->Settings, Errors))
      Loaded->Errors = std::move(Errors);
  }
  Projects[ConfigPath] = Loaded;
  return Loaded;
}

DocumentResult Workspace::analyse(const std::string &Path, const std::string &Text,
                                  const OpenDocumentLookup &OpenDocument) {
  DocumentResult Result;
  std::string Root = sourceRootFor(Path);
  Result.Rules = projectFor(Path, Root);
  if (!Result.Rules->Errors.empty())
    return Result;

  ScanOptions Options;
  Options.Jobs = 1;
  Options.MaxFileSize = MaxFileSize;
  Options.OpenDocument = OpenDocument;
  Engine Analyser(Result.Rules->Rules, Options);
  InventoryEntry Entry{relativeTo(Root, Path), Path};
  Result.RelativePath = Entry.RelativePath;
  Result.Language = detectLanguage(Entry.RelativePath, Text).Language;
  FileResult File = Analyser.analyzeDocument(Entry, Root, Text);

  Report Single;
  Single.SourceRoot = Root;
  Single.Findings = std::move(File.Findings);
  Single.Notifications = std::move(File.Notifications);
  if (Result.Rules->Settings)
    applyPolicy(*Result.Rules->Settings, Single, todayUtc());
  for (Finding &F : Single.Findings)
    if (!F.Suppressed)
      Result.Findings.push_back(std::move(F));
  Result.Notifications = std::move(Single.Notifications);
  return Result;
}

} // namespace blastradius::lsp

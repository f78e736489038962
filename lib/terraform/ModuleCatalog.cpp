// The module files, var files and hashes of ModuleCatalog.h.
#include "terraform/ModuleCatalog.h"

#include "LanguageDetection.h"
#include "RepositoryFiles.h"
#include "ResultCache.h"
#include "StringHelpers.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace blastradius::terraform {

bool isModuleFile(const std::string &Name) {
  return endsWith(Name, ".tf") || Name == "terraform.tfvars" || endsWith(Name, ".auto.tfvars");
}

std::vector<std::pair<std::string, std::string>> ModuleCatalog::varFilesFor(const std::string &SourceRoot,
                                                                            const std::string &Directory) const {
  std::vector<std::pair<std::string, std::string>> Out;
  fs::path Root = fs::path(SourceRoot).lexically_normal();
  for (const std::string &VarFile : VarFiles) {
    fs::path Path = (Root / VarFile).lexically_normal();
    // A var file serves the module beside it, or the one above it (envs/prod.tfvars).
    if (Path.parent_path() != fs::path(Directory) && Path.parent_path().parent_path() != fs::path(Directory))
      continue;
    fs::path Relative = Path.lexically_relative(Root);
    std::error_code Ec;
    if (!Relative.empty() && *Relative.begin() != ".." && fs::is_regular_file(fs::symlink_status(Path, Ec)) &&
        fs::weakly_canonical(Path, Ec).lexically_relative(fs::weakly_canonical(Root, Ec)) == Relative)
      Out.emplace_back(VarFile, Path.string());
  }
  return Out;
}

std::string moduleDirectory(const std::string &File, std::string_view Source) {
  std::string Directory = (fs::path(File).parent_path() / std::string(Source)).lexically_normal().string();
  while (Directory.size() > 1 && Directory.back() == '/')
    Directory.pop_back();
  return Directory;
}

bool ModuleCatalog::isModuleDirectory(const std::string &SourceRoot, const std::string &Directory) {
  std::error_code Ec;
  fs::path Root = fs::path(SourceRoot).lexically_normal();
  fs::path Dir = fs::path(Directory);
  fs::path Relative = Dir.lexically_relative(Root);
  bool Inside = !SourceRoot.empty() && !Relative.empty() && *Relative.begin() != "..";
  return Inside && fs::is_directory(fs::symlink_status(Dir, Ec)) &&
         fs::weakly_canonical(Dir, Ec).lexically_relative(fs::weakly_canonical(Root, Ec)) == Relative;
}

std::vector<std::pair<std::string, std::string>> ModuleCatalog::moduleFiles(const std::string &Directory) const {
  std::vector<std::pair<std::string, std::string>> Files;
  std::error_code Ec;
  for (fs::directory_iterator It(Directory, Ec), End; !Ec && It != End; It.increment(Ec)) {
    std::string Name = It->path().filename().string();
    std::error_code StatusEc;
    if (!isModuleFile(Name) || !fs::is_regular_file(It->symlink_status(StatusEc)))
      continue;
    std::string Content;
    if (!ReadSource(It->path().string(), Content) || looksBinary(Content))
      continue;
    Files.emplace_back(Name, std::move(Content));
  }
  return Files;
}

const Module *ModuleCatalog::module(TSParser *Parser, const std::string &SourceRoot, const std::string &Directory,
                                   const SharedTrees *Trees) {
  std::shared_ptr<Slot> Found;
  {
    std::lock_guard<std::mutex> Lock(ModulesMutex);
    std::shared_ptr<Slot> &Entry = Modules[Directory];
    if (!Entry)
      Entry = std::make_shared<Slot>();
    Found = Entry;
  }
  std::call_once(Found->Once, [&] {
    if (isModuleDirectory(SourceRoot, Directory)) {
      std::vector<std::pair<std::string, std::string>> Vars;
      for (const auto &[Name, Path] : varFilesFor(SourceRoot, Directory)) {
        std::string Content, Kind, Error;
        if (readWholeFile(Path, MaxFileSize, Content, Kind, Error) && !looksBinary(Content))
          Vars.emplace_back(Name, std::move(Content));
      }
      std::string Shown =
          fs::path(Directory).lexically_relative(fs::path(SourceRoot).lexically_normal()).generic_string();
      Found->Built =
          buildModule(Parser, Shown.empty() ? "." : Shown, moduleFiles(Directory), std::move(Vars), Trees);
    }
    Found->Done = true;
  });
  return Found->Built.get();
}

bool ModuleCatalog::isRead(const std::string &Directory) {
  std::lock_guard<std::mutex> Lock(ModulesMutex);
  auto Found = Modules.find(Directory);
  return Found != Modules.end() && Found->second->Done;
}

std::string ModuleCatalog::hash(const std::string &SourceRoot, const std::string &Directory) {
  {
    std::lock_guard<std::mutex> Lock(HashesMutex);
    auto Found = Hashes.find(Directory);
    if (Found != Hashes.end())
      return Found->second;
  }
  std::vector<std::string> Files;
  std::error_code Ec;
  // Outside the scan root nothing is read, for the hash either: one hash for every such directory.
  bool Readable = isModuleDirectory(SourceRoot, Directory);
  for (fs::directory_iterator It(Readable ? Directory : std::string(), Ec), End; Readable && !Ec && It != End;
       It.increment(Ec))
    if (isModuleFile(It->path().filename().string()) && fs::is_regular_file(It->symlink_status(Ec)))
      Files.push_back(It->path().string());
  std::sort(Files.begin(), Files.end());
  std::string Material;
  for (const std::string &File : Files) {
    std::string Content, Kind, Error;
    readWholeFile(File, MaxFileSize, Content, Kind, Error);
    Material += fs::path(File).filename().string() + '\0' + contentHash(Content) + '\n';
  }
  for (const auto &[Name, Path] : varFilesFor(SourceRoot, Directory)) {
    std::string Content, Kind, Error;
    readWholeFile(Path, MaxFileSize, Content, Kind, Error);
    Material += "var-file:" + Name + '\0' + contentHash(Content) + '\n';
  }
  std::string Hash = contentHash(Material);
  std::lock_guard<std::mutex> Lock(HashesMutex);
  return Hashes.emplace(Directory, Hash).first->second;
}

} // namespace blastradius::terraform

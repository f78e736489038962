// Trees and module files handed between the module builds and the scan: see TreeHandoff.h.
#include "terraform/TreeHandoff.h"

namespace blastradius::terraform {

TreeHandoff::TreeHandoff(const std::vector<std::string> &Files, std::vector<std::string> CalledDirectories,
                         bool AllCalled, size_t MaxTreeBytes, size_t MaxFileBytes)
    : Called(CalledDirectories.begin(), CalledDirectories.end()), AllCalled(AllCalled), MaxTreeBytes(MaxTreeBytes),
      MaxFileBytes(MaxFileBytes) {
  ByFile.reserve(Files.size());
  for (const std::string &File : Files)
    ByFile.emplace(File, Waiting());
}

TreeHandoff::~TreeHandoff() = default;

bool TreeHandoff::leaveForScan(const std::string &File, const std::string &Text, TSTree *Tree) {
  std::lock_guard<std::mutex> Lock(Mutex);
  auto Found = ByFile.find(File);
  if (Found == ByFile.end() || Found->second.Started || Found->second.ForScan.Tree ||
      TreeBytes + Text.size() > MaxTreeBytes)
    return false;
  Found->second.ForScan.Text = Text;
  Found->second.ForScan.Tree.reset(Tree);
  TreeBytes += Text.size();
  return true;
}

TreeHandoff::Taken TreeHandoff::start(const std::string &File) {
  std::lock_guard<std::mutex> Lock(Mutex);
  auto Found = ByFile.find(File);
  if (Found == ByFile.end())
    return Taken();
  Found->second.Started = true;
  Taken Out = std::move(Found->second.ForScan);
  Found->second.ForScan = Taken();
  TreeBytes -= Out.Text.size();
  return Out;
}

bool TreeHandoff::wantedForModule(const std::string &File) const {
  size_t Slash = File.rfind('/');
  return AllCalled || (Slash != std::string::npos && Called.count(File.substr(0, Slash)) != 0);
}

bool TreeHandoff::leaveForModule(const std::string &File, std::unique_ptr<ModuleFile> &Read) {
  std::lock_guard<std::mutex> Lock(Mutex);
  auto Found = ByFile.find(File);
  size_t Size = Read->Source->content().size();
  if (Found == ByFile.end() || Found->second.ForModule || FileBytes + Size > MaxFileBytes)
    return false;
  Found->second.ForModule = std::move(Read);
  FileBytes += Size;
  return true;
}

std::unique_ptr<ModuleFile> TreeHandoff::takeForModule(const std::string &File, const std::string &Text) {
  std::lock_guard<std::mutex> Lock(Mutex);
  auto Found = ByFile.find(File);
  if (Found == ByFile.end() || !Found->second.ForModule || Found->second.ForModule->Source->content() != Text)
    return nullptr;
  FileBytes -= Text.size();
  return std::move(Found->second.ForModule);
}

} // namespace blastradius::terraform

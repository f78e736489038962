// The scan's task order: see ScanOrder.h.
#include "ScanOrder.h"

#include "terraform/ModuleCatalog.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

namespace fs = std::filesystem;

namespace blastradius {

ScanOrder planScanOrder(const std::vector<ScanTask> &Tasks) {
  struct Planned {
    uint64_t Key;  // the size that places the task (a module file's: its directory's largest)
    size_t Group;  // the task's own index, or one shared by a directory's module files
    uint64_t Size;
    size_t Task;
  };
  ScanOrder Out;
  std::vector<Planned> Plan(Tasks.size());
  std::map<std::string, std::pair<uint64_t, size_t>> Directories; // largest size, group
  std::vector<std::string> DirectoryOf(Tasks.size());
  for (size_t I = 0; I < Tasks.size(); ++I) {
    std::error_code Ec;
    uint64_t Size = fs::file_size(Tasks[I].AbsolutePath, Ec);
    Size = Tasks[I].First ? UINT64_MAX : (Ec ? 0 : Size);
    Plan[I] = {Size, I, Size, I};
    fs::path File(Tasks[I].AbsolutePath);
    if (Tasks[I].First || !terraform::isModuleFile(File.filename().string()))
      continue;
    Out.ModuleFiles.push_back(Tasks[I].AbsolutePath);
    DirectoryOf[I] = File.parent_path().string();
    auto &Directory = Directories.try_emplace(DirectoryOf[I], 0, Tasks.size() + Directories.size()).first->second;
    Directory.first = std::max(Directory.first, Size);
    Plan[I].Group = Directory.second;
  }
  for (Planned &P : Plan)
    if (P.Group != P.Task)
      P.Key = Directories[DirectoryOf[P.Task]].first;
  // Larger key first, a group together, larger files first within it, then the inventory's order.
  std::sort(Plan.begin(), Plan.end(), [](const Planned &A, const Planned &B) {
    return std::tie(B.Key, A.Group, B.Size, A.Task) < std::tie(A.Key, B.Group, A.Size, B.Task);
  });
  Out.Order.reserve(Plan.size());
  for (const Planned &P : Plan)
    Out.Order.push_back(P.Task);
  Out.ModuleDirectories = Directories.size();
  return Out;
}

} // namespace blastradius

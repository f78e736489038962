#include "impact/TerraformIndex.h"
#include "impact/WorkTreeWalk.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace blastradius::impact {

const std::vector<std::string> &TerraformIndex::directories() {
  if (Listed)
    return Directories;
  Listed = true;
  std::set<std::string> Found;
  walkWorkTree(
      Top,
      [&](const fs::directory_entry &Entry, const std::string &Name) {
        std::error_code Ec;
        if (Name.size() > 3 && Name.compare(Name.size() - 3, 3, ".tf") == 0 && Entry.is_regular_file(Ec))
          Found.insert(fs::relative(Entry.path().parent_path(), Top).generic_string());
      },
      Truncated);
  for (std::string Directory : Found)
    Directories.push_back(Directory == "." ? "" : Directory);
  return Directories;
}

const TerraformModule &TerraformIndex::module(const std::string &Directory) {
  auto Found = Modules.find(Directory);
  if (Found != Modules.end())
    return Found->second;
  TerraformModule &M = Modules[Directory];
  M.Directory = Directory;
  for (const auto &[File, Size] : Head.filesIn(Directory)) {
    if (File.size() < 3 || File.compare(File.size() - 3, 3, ".tf") != 0)
      continue;
    std::string Error;
    std::optional<std::string> Text = Head.read(File, Error);
    if (Text)
      addTerraformFile(M, File, std::move(*Text));
    else
      M.Problems.push_back(File);
  }
  return M;
}

const TerraformBlock *TerraformIndex::find(const std::vector<std::string> &ModuleCalls, const std::string &Resource,
                                           const TerraformModule *&Module) {
  for (const std::string &Root : directories()) {
    std::string Directory = Root;
    bool Resolved = true;
    for (const std::string &Call : ModuleCalls) {
      const TerraformModule &M = module(Directory);
      auto Block = M.Blocks.find("module." + Call);
      if (Block == M.Blocks.end() ||
          (Block->second.Source.rfind("./", 0) != 0 && Block->second.Source.rfind("../", 0) != 0)) {
        Resolved = false;
        break;
      }
      std::string Next = (fs::path(Directory.empty() ? "." : Directory) / Block->second.Source).lexically_normal()
                             .generic_string();
      while (!Next.empty() && Next.back() == '/')
        Next.pop_back();
      if (Next == ".")
        Next.clear();
      // A source that climbs out of the repository is not followed.
      if (Next.rfind("..", 0) == 0) {
        Resolved = false;
        break;
      }
      Directory = Next;
    }
    if (!Resolved)
      continue;
    const TerraformModule &M = module(Directory);
    auto Block = M.Blocks.find(Resource);
    if (Block != M.Blocks.end()) {
      Module = &M;
      return &Block->second;
    }
  }
  return nullptr;
}

} // namespace blastradius::impact

#include "impact/TerraformIndex.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace blastradius::impact {

namespace {
constexpr size_t MaxWalkEntries = 200000;
}

const std::vector<std::string> &TerraformIndex::directories() {
  if (Listed)
    return Directories;
  Listed = true;
  std::set<std::string> Found;
  std::error_code Ec;
  size_t Seen = 0;
  fs::recursive_directory_iterator It(Top, fs::directory_options::skip_permission_denied, Ec), End;
  for (; !Ec && It != End; It.increment(Ec)) {
    if (++Seen > MaxWalkEntries) {
      Truncated = true;
      break;
    }
    std::string Name = It->path().filename().string();
    if (It->is_directory(Ec) && !It->is_symlink(Ec)) {
      if ((!Name.empty() && Name[0] == '.') || Name == "node_modules")
        It.disable_recursion_pending();
      continue;
    }
    if (Name.size() > 3 && Name.compare(Name.size() - 3, 3, ".tf") == 0 && It->is_regular_file(Ec))
      Found.insert(fs::relative(It->path().parent_path(), Top).generic_string());
  }
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

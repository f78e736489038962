// The prefilter's reach into local Terraform modules (Prefilter::searchLocalModules): a caller
// written `disposable = true` beside `source = "./bucket"` holds none of a rule's literals, but the
// module's `force_destroy = var.disposable` does. Without parsing anything, the caller's raw text
// names the local sources it may call (terraform/LocalSources.h); each module directory, resolved and
// bounded to the scan root exactly as the analysers resolve it (terraform/ModuleCatalog.h), is read
// and searched once per scan; its own local calls are followed breadth first as deep as the
// analysers follow them. Where the analysers would stop at the nesting limit (and say so), the file
// is parsed, so that notification is not lost. Not mirrored: the analysers' budget of 512 nested
// calls per file; a file whose modules hold no literal within the nesting limit gives no finding
// either way, but past that budget the unparsed file lacks the analysers' note saying so.
#include "Prefilter.h"

#include "terraform/LocalSources.h"
#include "terraform/Module.h"

#include <algorithm>
#include <set>

namespace blastradius {

struct Prefilter::ModuleLiterals {
  /// Not a module directory the analysers read (outside the scan root, through a symlink ...).
  bool Exists = false;
  /// The literals one of its module files holds (All: one may hide a literal in an escape).
  PrefilterHits Hits;
  /// The local modules it calls in turn.
  terraform::LocalSources Calls;
};

bool Prefilter::wantsLocalModules(const PrefilterHits &Hits) const {
  if (Hits.All || LocalCallLiteral == SIZE_MAX || !Hits.Present[LocalCallLiteral] || Hits.ModulesSearched)
    return false;
  return std::any_of(LocalModuleRules.begin(), LocalModuleRules.end(), [&](const Rule *R) {
    auto Found = RuleLiterals.find(R);
    return Found != RuleLiterals.end() &&
           std::none_of(Found->second.begin(), Found->second.end(), [&](size_t I) { return Hits.Present[I]; });
  });
}

const Prefilter::ModuleLiterals &Prefilter::moduleLiterals(const std::string &Directory,
                                                           const ModuleAccess &Access) const {
  {
    std::lock_guard<std::mutex> Lock(ModulesMutex);
    auto Found = Modules.find(Directory);
    if (Found != Modules.end())
      return *Found->second;
  }
  // Read outside the lock: another thread may read the same directory meanwhile; both find the same
  // files and the first one stored is kept.
  auto Built = std::make_shared<ModuleLiterals>();
  if (std::optional<std::vector<std::pair<std::string, std::string>>> Files = Access.Files(Directory)) {
    Built->Exists = true;
    Built->Hits.All = false;
    Built->Hits.Present.assign(Literals.size(), false);
    for (const auto &[Name, Content] : *Files) {
      PrefilterHits One = search(Content);
      if (One.All) {
        Built->Hits.All = true;
        break;
      }
      for (size_t I = 0; I < Literals.size(); ++I)
        if (One.Present[I])
          Built->Hits.Present[I] = true;
      // Only configuration calls modules; a variable file's strings are values.
      if (Name.size() > 3 && Name.compare(Name.size() - 3, 3, ".tf") == 0) {
        terraform::LocalSources Calls = terraform::localSources(Content);
        Built->Calls.Unknown = Built->Calls.Unknown || Calls.Unknown;
        for (std::string &Source : Calls.Sources)
          Built->Calls.Sources.push_back(std::move(Source));
      }
    }
    // Directory order is the file system's: sorted, the walk below is the same on every machine.
    std::sort(Built->Calls.Sources.begin(), Built->Calls.Sources.end());
    Built->Calls.Sources.erase(std::unique(Built->Calls.Sources.begin(), Built->Calls.Sources.end()),
                               Built->Calls.Sources.end());
  }
  std::lock_guard<std::mutex> Lock(ModulesMutex);
  return *Modules.emplace(Directory, std::move(Built)).first->second;
}

void Prefilter::searchLocalModules(std::string_view Text, const ModuleAccess &Access, PrefilterHits &Hits) const {
  if (Hits.All || Hits.ModulesSearched)
    return;
  Hits.ModulesSearched = true;
  Hits.InModules.assign(Literals.size(), false);
  terraform::LocalSources Top = terraform::localSources(Text);
  if (Top.Unknown) {
    Hits.ModulesAll = true;
    return;
  }
  // Breadth first, each directory once per level (the analysers walk every path, and a directory
  // reached again deeper may hit their nesting limit there): the sources as the analysers pass them
  // (a nested call's joined to its caller's with '/'), level 1 being the file's own calls. A cycle
  // runs into the limit and makes the file parsed, which is safe.
  std::set<std::pair<std::string, unsigned>> Seen;
  std::vector<std::string> Level = std::move(Top.Sources);
  for (unsigned Depth = 1; !Level.empty(); ++Depth) {
    std::vector<std::string> Next;
    for (const std::string &Source : Level) {
      std::string Directory = Access.Directory(Source);
      if (!Seen.insert({Directory, Depth}).second)
        continue;
      const ModuleLiterals &Module = moduleLiterals(Directory, Access);
      if (!Module.Exists)
        continue; // the analysers read nothing there either
      if (Module.Hits.All || Module.Calls.Unknown ||
          (Depth >= terraform::MaxModuleNesting && !Module.Calls.Sources.empty())) {
        Hits.ModulesAll = true;
        return;
      }
      for (size_t I = 0; I < Literals.size(); ++I)
        if (Module.Hits.Present[I])
          Hits.InModules[I] = true;
      for (const std::string &Inner : Module.Calls.Sources)
        Next.push_back(Source + "/" + Inner);
    }
    Level = std::move(Next);
  }
}

} // namespace blastradius

// The Terraform modules of the work tree, read on demand, for placing a plan's addresses on the
// blocks that declare them: the root module is whichever directory resolves the address's
// `module.` chain through local `source = "./..."` calls.
#ifndef BLASTRADIUS_IMPACT_TERRAFORMINDEX_H
#define BLASTRADIUS_IMPACT_TERRAFORMINDEX_H

#include "impact/Revision.h"
#include "impact/TerraformModel.h"

#include <map>
#include <string>
#include <vector>

namespace blastradius::impact {

class TerraformIndex {
public:
  TerraformIndex(std::string Top, const Revision &Head) : Top(std::move(Top)), Head(Head) {}

  /// Every directory (top-relative, "" for the top) holding *.tf files, sorted. Hidden directories,
  /// .terraform and node_modules are not entered; the walk is bounded (Truncated says so).
  const std::vector<std::string> &directories();
  bool Truncated = false;
  const TerraformModule &module(const std::string &Directory);

  /// The block declaring a plan address, or nullptr; Module is set to the module that holds it.
  const TerraformBlock *find(const std::vector<std::string> &ModuleCalls, const std::string &Resource,
                             const TerraformModule *&Module);

private:
  std::string Top;
  const Revision &Head;
  bool Listed = false;
  std::vector<std::string> Directories;
  std::map<std::string, TerraformModule> Modules;
};

} // namespace blastradius::impact

#endif

// Compares one Terraform module directory at the base and at the head and reports what the change
// destroys or replaces: removed resources and module calls, renames without `moved`, instance
// addresses that change (count / for_each), replacement-forcing arguments, and protection flags
// removed in the same change. Formatting, comments, block order and the file a block sits in
// change nothing: the comparison is by address over canonical values.
#ifndef BLASTRADIUS_IMPACT_TERRAFORMCOMPARE_H
#define BLASTRADIUS_IMPACT_TERRAFORMCOMPARE_H

#include "impact/ImpactSink.h"
#include "impact/TerraformModel.h"

#include <functional>

namespace blastradius::impact {

/// Loads the module of a directory (top-relative) on the base (InBase) or head side, for following
/// module inputs into child modules; nullptr when it cannot.
using ModuleLoader = std::function<const TerraformModule *(const std::string &Directory, bool InBase)>;

void compareTerraformModules(const TerraformModule &Base, const TerraformModule &Head, ImpactSink &Sink,
                             const ModuleLoader &Load = {});

/// The blocks of Module that reference Address (same module), as places and names.
/// InBase: Module is the base's (its texts are registered as base texts).
/// With Load, the dependents follow the address into the local modules it is passed to as an input,
/// and on through every module that passes that input on to a nested one, at most MaxModuleDepth
/// module levels deep (a module chain that comes back to a directory already on it stops there).
/// Returns false when the depth limit cut the search short.
constexpr unsigned MaxModuleDepth = 16;
bool addTerraformDependents(const TerraformModule &Module, const std::string &Address, ImpactSink::Event &E,
                            bool InBase = false, const ModuleLoader &Load = {});

} // namespace blastradius::impact

#endif

// Judges `rm` commands: a recursive delete whose path starts with a parameter or command
// substitution that may expand to nothing, so that "$DIR/"* becomes /*.
#ifndef BLASTRADIUS_ANALYZERS_SHELLRECURSIVEDELETE_H
#define BLASTRADIUS_ANALYZERS_SHELLRECURSIVEDELETE_H

#include "Analyzer.h"

namespace blastradius {

class ShellRecursiveDelete : public Analyzer {
public:
  std::string_view name() const override { return "shell-recursive-delete"; }
  std::string_view description() const override {
    return "rm -r/-rf whose path starts with an expansion that may be empty or unset, unless guarded";
  }
  std::optional<Verdict> judge(const MatchContext &Context) const override;
};

} // namespace blastradius

#endif

#include "impact/ImpactTree.h"

#include <map>
#include <sstream>

namespace blastradius::impact {

namespace {

std::map<std::string, std::vector<const Finding *>> byFile(const Report &R, unsigned &Shown) {
  std::map<std::string, std::vector<const Finding *>> Files;
  for (const Finding &F : R.Findings)
    if (!F.Suppressed && F.BaselineState != "unchanged") {
      Files[F.Path].push_back(&F);
      ++Shown;
    }
  return Files;
}

std::string location(const Finding &F, const RelatedLocation &D) {
  return (D.Path.empty() ? F.Path : D.Path) + ":" + std::to_string(D.Start.Line);
}

std::vector<std::string> lines(const std::string &Text) {
  std::vector<std::string> Out;
  std::istringstream In(Text);
  for (std::string Line; std::getline(In, Line);)
    if (!Line.empty())
      Out.push_back(Line);
  return Out;
}

} // namespace

std::string writeImpactTree(const Report &R, const std::string &Heading) {
  unsigned Shown = 0;
  auto Files = byFile(R, Shown);
  std::ostringstream Out;
  Out << "What " << Heading << " destroys: " << Shown << (Shown == 1 ? " finding" : " findings") << "\n";
  for (const auto &[Path, Findings] : Files) {
    Out << Path << "\n";
    for (size_t I = 0; I < Findings.size(); ++I) {
      const Finding &F = *Findings[I];
      bool LastFinding = I + 1 == Findings.size();
      Out << (LastFinding ? "└── " : "├── ") << levelName(F.FindingLevel) << ": line " << F.Start.Line << ": "
          << F.Message << " [" << F.RuleId << (F.ImpactSource == "plan" ? ", from the plan" : "") << "]\n";
      std::string Indent = LastFinding ? "    " : "│   ";
      std::vector<std::string> Children;
      for (const RelatedLocation &D : F.Related)
        Children.push_back(D.Message + " (" + location(F, D) + ")");
      if (F.Fix)
        Children.push_back("fix: " + F.Fix->Description);
      for (size_t J = 0; J < Children.size(); ++J) {
        bool Last = J + 1 == Children.size();
        Out << Indent << (Last ? "└── " : "├── ") << Children[J] << "\n";
        if (F.Fix && Last)
          for (const std::string &Line : lines(F.Fix->Text))
            Out << Indent << "        " << Line << "\n";
      }
    }
  }
  for (const Notification &N : R.Notifications)
    if (N.NotificationLevel >= Level::Warning)
      Out << (N.Path.empty() ? "" : N.Path + ": ") << levelName(N.NotificationLevel) << ": " << N.Message << "\n";
  return Out.str();
}

std::string writeImpactMarkdown(const Report &R, const std::string &Heading) {
  unsigned Shown = 0;
  auto Files = byFile(R, Shown);
  std::ostringstream Out;
  Out << "### What " << Heading << " destroys\n\n";
  if (Shown == 0)
    Out << "Nothing: no resource, object or applied migration is deleted or replaced.\n";
  for (const auto &[Path, Findings] : Files) {
    Out << "**`" << Path << "`**\n\n";
    for (const Finding *F : Findings) {
      const char *Icon = F->FindingLevel == Level::Error ? ":red_circle:" : F->FindingLevel == Level::Warning
                                                                               ? ":warning:"
                                                                               : ":information_source:";
      Out << "- " << Icon << " line " << F->Start.Line << ": " << F->Message << " (`" << F->RuleId << "`"
          << (F->ImpactSource == "plan" ? ", from the plan" : "") << ")\n";
      for (const RelatedLocation &D : F->Related)
        Out << "  - " << D.Message << " (`" << location(*F, D) << "`)\n";
      if (F->Fix)
        Out << "  - fix: " << F->Fix->Description << "\n\n    ```hcl\n" << [&] {
          std::string Body;
          for (const std::string &Line : lines(F->Fix->Text))
            Body += "    " + Line + "\n";
          return Body;
        }() << "    ```\n";
    }
    Out << "\n";
  }
  for (const Notification &N : R.Notifications)
    if (N.NotificationLevel >= Level::Warning)
      Out << "> **" << levelName(N.NotificationLevel) << "**: " << (N.Path.empty() ? "" : "`" + N.Path + "`: ")
          << N.Message << "\n";
  return Out.str();
}

} // namespace blastradius::impact

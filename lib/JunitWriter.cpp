// JUnit XML for the test tabs of Jenkins, Azure DevOps, GitLab and CircleCI: one <testsuite> per rule
// with findings, one failing <testcase> per finding (named by its location, so a fixed finding reads
// as a test that went away); a clean scan is one passing test case. Written with pugixml; characters
// XML 1.0 cannot carry (control characters from a hostile file name) are escaped first.
#include "Writers.h"

#include <pugixml.hpp>

#include <map>
#include <sstream>

namespace blastradius {

namespace {

/// Keeps tab and line feed (a snippet's layout), escapes every other control character.
std::string xmlText(const std::string &Text) {
  std::string Out;
  size_t Start = 0;
  for (size_t I = 0; I <= Text.size(); ++I)
    if (I == Text.size() || Text[I] == '\n' || Text[I] == '\t') {
      Out += escapeControl(Text.substr(Start, I - Start));
      if (I < Text.size())
        Out += Text[I];
      Start = I + 1;
    }
  return Out;
}

} // namespace

std::string writeJunit(const Report &R, const OutputOptions &Options) {
  std::map<std::string, std::vector<const Finding *>> ByRule;
  for (const Finding &F : R.Findings)
    if (findingShown(F, Options))
      ByRule[F.RuleId].push_back(&F);

  pugi::xml_document Document;
  pugi::xml_node Declaration = Document.append_child(pugi::node_declaration);
  Declaration.append_attribute("version") = "1.0";
  Declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node Suites = Document.append_child("testsuites");
  Suites.append_attribute("name") = "blastradius";
  size_t Total = 0;
  for (const auto &[RuleId, Findings] : ByRule)
    Total += Findings.size();
  Suites.append_attribute("tests") = static_cast<unsigned long long>(Total ? Total : 1);
  Suites.append_attribute("failures") = static_cast<unsigned long long>(Total);
  Suites.append_attribute("errors") = 0;

  if (ByRule.empty()) {
    pugi::xml_node Suite = Suites.append_child("testsuite");
    Suite.append_attribute("name") = "blastradius";
    Suite.append_attribute("tests") = 1;
    Suite.append_attribute("failures") = 0;
    Suite.append_attribute("errors") = 0;
    pugi::xml_node Case = Suite.append_child("testcase");
    Case.append_attribute("classname") = "blastradius";
    Case.append_attribute("name") = ("scan: " + std::to_string(R.FilesAnalysed) + " files analysed").c_str();
  }
  for (const auto &[RuleId, Findings] : ByRule) {
    const Rule *Meta = R.findRule(RuleId);
    pugi::xml_node Suite = Suites.append_child("testsuite");
    Suite.append_attribute("name") = RuleId.c_str();
    Suite.append_attribute("tests") = static_cast<unsigned long long>(Findings.size());
    Suite.append_attribute("failures") = static_cast<unsigned long long>(Findings.size());
    Suite.append_attribute("errors") = 0;
    for (const Finding *F : Findings) {
      pugi::xml_node Case = Suite.append_child("testcase");
      Case.append_attribute("classname") = (Meta ? Meta->Family + "." + RuleId : RuleId).c_str();
      std::string Where = F->Path + ":" + std::to_string(F->Start.Line) + ":" + std::to_string(F->Start.Column);
      Case.append_attribute("name") = escapeControl(Where).c_str();
      Case.append_attribute("file") = escapeControl(F->Path).c_str();
      Case.append_attribute("line") = F->Start.Line;
      pugi::xml_node Failure = Case.append_child("failure");
      Failure.append_attribute("message") = escapeControl(F->Message).c_str();
      Failure.append_attribute("type") = std::string(levelName(F->FindingLevel)).c_str();
      std::string Body = Where + ": " + F->Message + "\n" + F->Snippet;
      if (Meta) {
        std::string Page = helpUri(*Meta);
        Body += (Body.empty() || Body.back() == '\n' ? "" : "\n") + shortDescription(*Meta) +
                (Page.empty() ? "" : "\n" + Page);
      }
      Failure.append_child(pugi::node_pcdata).set_value(xmlText(Body).c_str());
    }
  }
  std::ostringstream Out;
  Document.save(Out, "  ", pugi::format_default, pugi::encoding_utf8);
  return Out.str();
}

} // namespace blastradius

// Rule descriptions and pages for SARIF, JSON and text (see RuleText.h).
#include "RuleText.h"

#include "InstallLayout.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#ifndef BLASTRADIUS_DOCS_URI
#define BLASTRADIUS_DOCS_URI ""
#endif
#ifndef BLASTRADIUS_RULES_URI
#define BLASTRADIUS_RULES_URI ""
#endif

namespace blastradius {

namespace {

std::string trim(const std::string &Text) {
  size_t Begin = Text.find_first_not_of(" \t\r\n");
  if (Begin == std::string::npos)
    return "";
  size_t End = Text.find_last_not_of(" \t\r\n");
  return Text.substr(Begin, End - Begin + 1);
}

/// Removes the `{detail}` placeholder of a message template: a leading "{detail}: " goes whole,
/// elsewhere the placeholder becomes "…".
std::string withoutPlaceholder(std::string Text) {
  const std::string Placeholder = "{detail}";
  if (Text.rfind(Placeholder + ": ", 0) == 0)
    Text.erase(0, Placeholder.size() + 2);
  for (size_t At; (At = Text.find(Placeholder)) != std::string::npos;)
    Text.replace(At, Placeholder.size(), "…");
  return Text;
}

bool endsSentence(const std::string &Text) {
  return !Text.empty() && (Text.back() == '.' || Text.back() == '!' || Text.back() == '?');
}

/// Lower-cases the first word when it is an ordinary capitalised word ("Recursive"), not an
/// acronym, keyword or identifier ("DROP", "DeletionPolicy").
std::string lowerFirstWord(std::string Text) {
  if (Text.size() < 2 || !std::isupper(static_cast<unsigned char>(Text[0])))
    return Text;
  size_t End = 1;
  while (End < Text.size() && std::isalpha(static_cast<unsigned char>(Text[End])))
    ++End;
  for (size_t I = 1; I < End; ++I)
    if (!std::islower(static_cast<unsigned char>(Text[I])))
      return Text;
  if (End < Text.size() && !std::isspace(static_cast<unsigned char>(Text[End])))
    return Text; // "Re-creates", "S3:" ...
  Text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(Text[0])));
  return Text;
}

/// Cuts Text to whole sentences under Limit bytes (or hard, with "...", when the first sentence is
/// longer).
std::string sentencesWithin(const std::string &Text, size_t Limit) {
  if (Text.size() <= Limit)
    return Text;
  size_t Cut = std::string::npos;
  for (size_t I = 0; I + 1 < Limit && I + 1 < Text.size(); ++I)
    if ((Text[I] == '.' || Text[I] == '?' || Text[I] == '!') && Text[I + 1] == ' ')
      Cut = I + 1;
  if (Cut != std::string::npos)
    return Text.substr(0, Cut);
  size_t Hard = Limit - 3;
  while (Hard > 0 && (static_cast<unsigned char>(Text[Hard]) & 0xC0) == 0x80)
    --Hard;
  return Text.substr(0, Hard) + "...";
}

} // namespace

std::string shortDescription(const Rule &R) {
  std::string Summary = trim(withoutPlaceholder(R.Summary.empty() ? R.Message : R.Summary));
  if (Summary.empty())
    return "Flags findings of " + R.Id + ".";
  std::string Sentence = "Flags " + lowerFirstWord(Summary);
  if (!endsSentence(Sentence))
    Sentence += '.';
  return sentencesWithin(Sentence, 1000);
}

std::string fullDescription(const Rule &R) {
  // The first paragraph of prose: not a heading, a table, a list, a quote, or code.
  std::istringstream Lines(R.Help);
  std::string Line, Paragraph;
  bool InFence = false;
  while (std::getline(Lines, Line)) {
    std::string Trimmed = trim(Line);
    if (Trimmed.rfind("```", 0) == 0) {
      InFence = !InFence;
      if (!Paragraph.empty())
        break;
      continue;
    }
    if (InFence)
      continue;
    if (Trimmed.empty()) {
      if (!Paragraph.empty())
        break;
      continue;
    }
    char First = Trimmed[0];
    if (First == '#' || First == '|' || First == '>' || First == '-' || First == '*' || First == '<') {
      if (!Paragraph.empty())
        break;
      continue;
    }
    Paragraph += (Paragraph.empty() ? "" : " ") + Trimmed;
  }
  Paragraph = trim(withoutPlaceholder(Paragraph));
  if (Paragraph.empty() || Paragraph.back() == ':')
    return shortDescription(R);
  if (!endsSentence(Paragraph))
    Paragraph += '.';
  return sentencesWithin(Paragraph, 1000);
}

namespace {
/// Where the rule's page is, relative to the published docs/ (checks, flat rule files) or rules/
/// (a rule folder's README.md) folder.
bool inRuleFolder(const Rule &R) { return std::filesystem::path(R.SourceFile).filename() == "rule.yaml"; }

std::string pageRelativePath(const Rule &R) {
  if (inRuleFolder(R))
    return std::filesystem::path(R.SourceFile).parent_path().parent_path().filename().string() + "/" + R.Id +
           "/README.md";
  return std::string(R.Engine == "clang-tidy" ? "checks/" : "rules/") + R.Id + ".md";
}

/// The rule's documentation page as shipped (beside its rule.yaml, or share/blastradius/docs beside
/// the binary), or empty.
std::string shippedPagePath(const Rule &R) {
  std::error_code Ec;
  if (inRuleFolder(R)) {
    std::filesystem::path Readme = std::filesystem::path(R.SourceFile).parent_path() / "README.md";
    return std::filesystem::exists(Readme, Ec) ? Readme.string() : "";
  }
  return findBesideBinary({"../share/blastradius/docs/" + pageRelativePath(R)});
}

std::string shippedPage(const Rule &R) {
  std::string Path = shippedPagePath(R);
  if (Path.empty())
    return "";
  std::ifstream In(Path, std::ios::binary);
  std::ostringstream Text;
  Text << In.rdbuf();
  return In ? Text.str() : "";
}
} // namespace

std::string helpMarkdown(const Rule &R) {
  std::string Help = trim(R.Help);
  if (Help.rfind("# ", 0) == 0)
    return Help + "\n";
  // The page written for the rule (what helpUri would link to), when it ships with the binary.
  std::string Page = trim(shippedPage(R));
  if (Page.rfind("# ", 0) == 0)
    return Page + "\n";
  Page = "# " + R.Id + "\n\n" + shortDescription(R) + "\n\n" + Help + "\n";
  if (!R.Cwe.empty()) {
    Page += "\n**CWE:**";
    for (size_t I = 0; I < R.Cwe.size(); ++I)
      Page += (I ? ", " : " ") + R.Cwe[I];
    Page += "\n";
  }
  if (!R.References.empty()) {
    Page += "\n## References\n\n";
    for (const std::string &Reference : R.References)
      Page += "- " + Reference + "\n";
  }
  return Page;
}

std::string helpUri(const Rule &R) {
  std::string Base = inRuleFolder(R) ? BLASTRADIUS_RULES_URI : BLASTRADIUS_DOCS_URI;
  if (Base.empty())
    return "";
  if (Base.back() != '/')
    Base += '/';
  return Base + pageRelativePath(R);
}

std::string rulePage(const Rule &R) {
  std::string Uri = helpUri(R);
  if (!Uri.empty())
    return Uri;
  std::string Shipped = shippedPagePath(R);
  return Shipped.empty() ? R.SourceFile : Shipped;
}

} // namespace blastradius

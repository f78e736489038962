// The languages blastradius knows: which grammar parses each, which rules apply to it and how its
// comments look (for suppressions and annotated rule samples).
#ifndef BLASTRADIUS_LANGUAGES_H
#define BLASTRADIUS_LANGUAGES_H

#include <string>
#include <string_view>
#include <vector>

struct TSLanguage;

namespace blastradius {

enum class Grammar { None, Bash, Hcl, Yaml, Json, Python, Sql, Cpp };

struct LanguageInfo {
  /// The id rules name in `language:` and reports show ("terraform", "kubernetes" ...).
  std::string Name;
  /// A dialect's base language: rules written for the base apply to the dialect too
  /// (every "yaml" rule runs on Kubernetes manifests). Empty for a base language.
  std::string Base;
  Grammar Parser;
  /// Line comment introducers, used to find suppressions and rule-test annotations.
  std::vector<std::string> LineComments;
};

/// Every known language, in a fixed order.
const std::vector<LanguageInfo> &allLanguages();
/// The language of that name, or nullptr.
const LanguageInfo *findLanguage(std::string_view Name);
/// Whether a rule written for RuleLanguage runs on a file of FileLanguage.
bool ruleAppliesTo(std::string_view RuleLanguage, std::string_view FileLanguage);
/// The tree-sitter grammar, or nullptr for Grammar::None and Grammar::Cpp (clang parses C++).
const TSLanguage *treeSitterLanguage(Grammar G);

} // namespace blastradius

#endif

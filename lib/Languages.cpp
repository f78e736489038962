#include "Languages.h"

extern "C" {
const TSLanguage *tree_sitter_bash(void);
const TSLanguage *tree_sitter_hcl(void);
const TSLanguage *tree_sitter_yaml(void);
const TSLanguage *tree_sitter_json(void);
const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_sql(void);
}

namespace blastradius {

const std::vector<LanguageInfo> &allLanguages() {
  static const std::vector<LanguageInfo> Languages = {
      {"bash", "", Grammar::Bash, {"#"}},
      {"cloudformation", "yaml", Grammar::Yaml, {"#"}},
      {"cloudformation-json", "json", Grammar::Json, {"//"}},
      {"cpp", "", Grammar::Cpp, {"//"}},
      // Dockerfiles have no grammar of their own here: a line splitter hands RUN bodies to bash.
      {"dockerfile", "", Grammar::None, {"#"}},
      {"github-actions", "yaml", Grammar::Yaml, {"#"}},
      // JSON has no comments, but tree-sitter-json accepts JSONC `//` comments: rule samples and
      // suppressions in .jsonc-style files use them.
      {"json", "", Grammar::Json, {"//"}},
      {"kubernetes", "yaml", Grammar::Yaml, {"#"}},
      {"python", "", Grammar::Python, {"#"}},
      {"sql", "", Grammar::Sql, {"--"}},
      {"terraform", "", Grammar::Hcl, {"#", "//"}},
      {"yaml", "", Grammar::Yaml, {"#"}},
  };
  return Languages;
}

const LanguageInfo *findLanguage(std::string_view Name) {
  for (const LanguageInfo &Info : allLanguages())
    if (Info.Name == Name)
      return &Info;
  return nullptr;
}

bool ruleAppliesTo(std::string_view RuleLanguage, std::string_view FileLanguage) {
  if (RuleLanguage == FileLanguage)
    return true;
  const LanguageInfo *Info = findLanguage(FileLanguage);
  return Info && Info->Base == RuleLanguage;
}

const TSLanguage *treeSitterLanguage(Grammar G) {
  switch (G) {
  case Grammar::Bash:
    return tree_sitter_bash();
  case Grammar::Hcl:
    return tree_sitter_hcl();
  case Grammar::Yaml:
    return tree_sitter_yaml();
  case Grammar::Json:
    return tree_sitter_json();
  case Grammar::Python:
    return tree_sitter_python();
  case Grammar::Sql:
    return tree_sitter_sql();
  case Grammar::None:
  case Grammar::Cpp:
    return nullptr;
  }
  return nullptr;
}

} // namespace blastradius

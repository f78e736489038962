#include "RuleLoader.h"

#include "semantic/SemanticAnalyzer.h"

#include "Analyzer.h"
#include "DeferredQuery.h"
#include "InstallLayout.h"
#include "Languages.h"
#include "Query.h"
#include "WorkerThreads.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>


namespace fs = std::filesystem;

namespace blastradius {

std::string defaultRulesDirectory() { return shippedRulesDirectory(); }

namespace {

std::string where(const std::string &File, const YAML::Mark &Mark) {
  if (Mark.line < 0)
    return File + ":1:1";
  return File + ":" + std::to_string(Mark.line + 1) + ":" + std::to_string(Mark.column + 1);
}

bool readFile(const std::string &Path, std::string &Content) {
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    return false;
  std::ostringstream Buffer;
  Buffer << In.rdbuf();
  Content = Buffer.str();
  return true;
}

/// Reads a scalar or a sequence of scalars.
bool readStrings(const YAML::Node &Node, std::vector<std::string> &Out) {
  if (Node.IsScalar()) {
    Out.push_back(Node.as<std::string>());
    return true;
  }
  if (!Node.IsSequence())
    return false;
  for (const YAML::Node &Item : Node) {
    if (!Item.IsScalar())
      return false;
    Out.push_back(Item.as<std::string>());
  }
  return true;
}

std::string upperCamel(std::string_view Id) {
  std::string Name;
  bool Upper = true;
  for (char C : Id) {
    if (C == '-') {
      Upper = true;
      continue;
    }
    Name += Upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(C))) : C;
    Upper = false;
  }
  return Name;
}

/// One rule file being read: its path and document, whether it is a rule folder's rule.yaml (help
/// from README.md beside it, query from <id>.scm), and where errors go.
struct RuleFileContext {
  const std::string &Path;
  std::vector<std::string> &Errors;
  const YAML::Node &Document;
  bool RuleFolder;
  /// Whether a query waits for its first use (DeferredQuery.h) rather than compiling now.
  bool DeferQuery = false;
  void fail(const YAML::Mark &Mark, const std::string &Message) const {
    Errors.push_back(where(Path, Mark) + ": error: " + Message);
  }
};

/// One single-valued key of a rule file into R (QueryFile: the `query:` key).
void readScalarKey(const RuleFileContext &In, Rule *R, std::string &QueryFile, const std::string &Key,
                   const YAML::Node &KeyNode, const YAML::Node &Value) {
  const std::string &Path = In.Path;
  auto Fail = [&In](const YAML::Mark &Mark, const std::string &Message) { In.fail(Mark, Message); };
  const bool RuleFolder = In.RuleFolder;
  std::string Text = Value.as<std::string>();
  if (Key == "id")
    R->Id = Text;
  else if (Key == "name")
    R->Name = Text;
  else if (Key == "language")
    R->Languages = {R->Language = Text};
  else if (Key == "family")
    R->Family = Text;
  else if (Key == "severity") {
    auto Parsed = parseLevel(Text);
    if (!Parsed)
      Fail(Value.Mark(), "severity must be error, warning or note, not '" + Text + "'");
    else
      R->DefaultLevel = *Parsed;
  } else if (Key == "precision")
    R->Precision = Text;
  else if (Key == "security-severity")
    R->SecuritySeverity = Text;
  else if (Key == "message")
    R->Message = Text;
  else if (Key == "summary")
    R->Summary = Text;
  else if (Key == "help") {
    if (RuleFolder)
      Fail(KeyNode.Mark(), "a rule folder's help text is its README.md, not a 'help' key");
    R->Help = Text;
  }
  else if (Key == "help-file") {
    // The check's documentation page is the help: one text, so the SARIF help and the docs
    // cannot drift apart (clang-tidy checks document themselves in docs/checks/).
    fs::path HelpPath = fs::path(Path).parent_path() / Text;
    std::ifstream HelpIn(HelpPath);
    std::stringstream HelpText;
    HelpText << HelpIn.rdbuf();
    if (!HelpIn || HelpText.str().empty())
      Fail(Value.Mark(), "cannot read the help file '" + HelpPath.lexically_normal().string() + "'");
    else
      R->Help = HelpText.str();
  }
  else if (Key == "engine")
    R->Engine = Text;
  else if (Key == "query")
    QueryFile = Text;
  else if (Key == "analyzer")
    R->AnalyzerName = Text;
  else if (Key == "check-reads-suppressions") {
    if (Text != "true" && Text != "false")
      Fail(Value.Mark(), "'check-reads-suppressions' is true or false");
    R->CheckReadsSuppressions = Text == "true";
  }
}

/// Reads every key of the rule file into R; QueryFile gets the `query:` key.
void readKeys(const RuleFileContext &In, Rule *R, std::string &QueryFile) {
  const YAML::Node &Document = In.Document;
  auto Fail = [&In](const YAML::Mark &Mark, const std::string &Message) { In.fail(Mark, Message); };
  static const std::set<std::string> KnownKeys = {
      "id",      "name",     "language", "family",     "severity",   "precision",       "security-severity",
      "message", "summary",  "help",     "cwe",        "references", "deprecated-ids", "engine",
      "query",   "analyzer", "help-file", "check-reads-suppressions", "prefilter",
      "prefilter-words", "prefilter-local-modules"};
  try {
    for (const auto &Entry : Document) {
      std::string Key = Entry.first.as<std::string>();
      const YAML::Node &Value = Entry.second;
      if (!KnownKeys.count(Key)) {
        Fail(Entry.first.Mark(), "unknown key '" + Key + "'");
        continue;
      }
      if (Key == "language" && Value.IsSequence()) {
        // Semantic rules judge one concern in several syntaxes: `language: [terraform, json]`.
        if (!readStrings(Value, R->Languages) || R->Languages.empty())
          Fail(Value.Mark(), "'language' must be a language or a non-empty list of languages");
        else
          R->Language = R->Languages.front();
        continue;
      }
      if (Key == "prefilter" || Key == "prefilter-words") {
        // A list of literals, or (`prefilter:` only) `findings` for a rule that only judges other
        // rules' findings.
        static const RE2 LiteralShape("[^\\s'\"\\\\`+]+");
        std::vector<std::string> &Literals = Key == "prefilter" ? R->Prefilter : R->PrefilterWords;
        if (Key == "prefilter" && Value.IsScalar() && Value.as<std::string>() == "findings") {
          R->PrefilterFindingsOnly = true;
        } else if (!readStrings(Value, Literals) || Literals.empty()) {
          Fail(Value.Mark(), Key == "prefilter" ? "'prefilter' is a non-empty list of literals, or 'findings'"
                                                : "'prefilter-words' is a non-empty list of literals");
        } else {
          for (const std::string &Literal : Literals)
            if (!RE2::FullMatch(Literal, LiteralShape))
              Fail(Value.Mark(), "a prefilter literal holds no whitespace, quote, backslash, backquote or '+' "
                                 "(they are left out of the text it is searched in): '" + Literal + "'");
        }
        continue;
      }
      if (Key == "prefilter-local-modules") {
        std::string Text = Value.IsScalar() ? Value.as<std::string>() : "";
        if (Text != "true" && Text != "false")
          Fail(Value.Mark(), "'prefilter-local-modules' is true or false");
        R->PrefilterLocalModules = Text == "true";
        continue;
      }
      bool ListKey = Key == "cwe" || Key == "references" || Key == "deprecated-ids";
      if (!ListKey && !Value.IsScalar()) {
        Fail(Value.Mark(), "'" + Key + "' must be a single value");
        continue;
      }
      if (ListKey) {
        std::vector<std::string> *Target =
            Key == "cwe" ? &R->Cwe : Key == "references" ? &R->References : &R->DeprecatedIds;
        if (!readStrings(Value, *Target))
          Fail(Value.Mark(), "'" + Key + "' must be a list of strings");
        continue;
      }
      readScalarKey(In, R, QueryFile, Key, Entry.first, Value);
    }
  } catch (const YAML::Exception &E) {
    Fail(E.mark, E.msg);
  }
}

/// Checks the required keys and each value (a duplicate id is RuleSet::admit's to find: it needs the
/// rules loaded before).
void checkRule(const RuleFileContext &In, Rule *R) {
  const std::string &Path = In.Path;
  const YAML::Node &Document = In.Document;
  auto Fail = [&In](const YAML::Mark &Mark, const std::string &Message) { In.fail(Mark, Message); };
  const bool RuleFolder = In.RuleFolder;
  const YAML::Mark Top = Document.Mark();
  static const RE2 KebabId("[a-z][a-z0-9]*(-[a-z0-9]+)+");
  static const RE2 CweId("CWE-[0-9]+");
  for (const char *Required : {"id", "language", "family", "severity", "precision", "message"})
    if (!Document[Required])
      Fail(Top, std::string("missing required key '") + Required + "'");
  if (RuleFolder && !Document["help-file"]) {
    fs::path Readme = fs::path(Path).parent_path() / "README.md";
    if (!readFile(Readme.string(), R->Help) || R->Help.empty())
      Fail(Top, "cannot read " + Readme.string() + " (a rule folder's help text)");
  } else if (!RuleFolder && !Document["help"] && !Document["help-file"])
    Fail(Top, "missing required key 'help' (or 'help-file', a Markdown page relative to the rule file)");
  // Absolute first: `test-rules .` from inside the folder names it "." otherwise.
  std::error_code NoCwd; // without a working directory, the path as given
  fs::path Absolute = fs::absolute(fs::path(Path), NoCwd);
  const fs::path Folder = (NoCwd ? fs::path(Path) : Absolute).lexically_normal().parent_path().filename();
  if (RuleFolder && !R->Id.empty() && Folder != R->Id)
    Fail(Document["id"].Mark(),
         "the rule '" + R->Id + "' lives in a folder named after its id, not '" + Folder.string() + "'");
  if (!R->Id.empty() && !RE2::FullMatch(R->Id, KebabId))
    Fail(Document["id"].Mark(), "rule ids are kebab-case with at least two words: '" + R->Id + "'");
  for (const std::string &Language : R->Languages)
    if (Language != "any" && !findLanguage(Language))
      Fail(Document["language"].Mark(), "unknown language '" + Language + "'");
  if (R->Languages.size() > 1 && R->Engine != "semantic" && R->Engine != "builtin")
    Fail(Document["language"].Mark(), "only semantic and builtin rules take a list of languages");
  const auto &Families = knownFamilies();
  if (!R->Family.empty() && std::find(Families.begin(), Families.end(), R->Family) == Families.end())
    Fail(Document["family"].Mark(), "unknown family '" + R->Family + "'");
  if (!R->Precision.empty() && R->Precision != "high" && R->Precision != "medium" && R->Precision != "low" &&
      R->Precision != "very-high")
    Fail(Document["precision"].Mark(), "precision must be very-high, high, medium or low");
  if (!R->SecuritySeverity.empty()) {
    char *End = nullptr;
    double Score = std::strtod(R->SecuritySeverity.c_str(), &End);
    if (*End != '\0' || Score < 0.0 || Score > 10.0)
      Fail(Document["security-severity"].Mark(), "security-severity must be a number from 0.0 to 10.0");
  }
  for (const std::string &Cwe : R->Cwe)
    if (!RE2::FullMatch(Cwe, CweId))
      Fail(Document["cwe"].Mark(), "CWE ids look like CWE-1234, not '" + Cwe + "'");
  if (R->Message.size() > 1000 || R->Summary.size() > 1000)
    Fail(Top, "message and summary must stay under 1,000 characters (GitHub's limit)");
  if (R->Engine != "tree-sitter" && R->Engine != "clang-tidy" && R->Engine != "builtin" && R->Engine != "semantic")
    Fail(Document["engine"].Mark(), "engine must be tree-sitter, semantic, clang-tidy or builtin");
  if (R->PrefilterLocalModules && R->Prefilter.empty() && R->PrefilterWords.empty())
    Fail(Document["prefilter-local-modules"].Mark(),
         "'prefilter-local-modules' needs the literals to look for in the modules ('prefilter' or 'prefilter-words')");
}

/// Compiles a rule's query and checks that every `{@name}` of its message is a capture of it. On
/// failure returns nullptr and sets Error to the whole message ("FILE:LINE:COL: error: ...").
struct RuleQuerySource {
  const TSLanguage *Grammar = nullptr;
  std::string Text;
  std::string Path;
  std::string Message;
  std::string MessageWhere; // FILE:LINE:COL of the rule's message
};
std::unique_ptr<CompiledQuery> compileRuleQuery(const RuleQuerySource &Source, std::string &Error) {
  std::string QueryError;
  auto Compiled = CompiledQuery::compile(Source.Grammar, Source.Text, QueryError);
  if (!Compiled) {
    Error = Source.Path + ":" + QueryError.substr(0, QueryError.find(": ")) +
            ": error: " + QueryError.substr(QueryError.find(": ") + 2);
    return nullptr;
  }
  for (const std::string &Name : messageCaptures(Source.Message)) {
    bool Captured = false;
    for (uint32_t I = 0, N = ts_query_capture_count(Compiled->query()); I < N && !Captured; ++I)
      Captured = Compiled->captureName(I) == Name;
    if (!Captured) {
      Error = Source.MessageWhere + ": error: the message names {@" + Name + "}, which " +
              fs::path(Source.Path).filename().string() + " does not capture";
      return nullptr;
    }
  }
  return Compiled;
}

/// A query rule: reads its query (<id>.scm, or `query:`) and compiles it, now or on first use (the
/// message's {@captures} are checked then), and resolves its judge.
bool attachQuery(const RuleFileContext &In, Rule *R, const std::string &QueryFile) {
  const std::string &Path = In.Path;
  const YAML::Node &Document = In.Document;
  auto Fail = [&In](const YAML::Mark &Mark, const std::string &Message) { In.fail(Mark, Message); };
  const bool RuleFolder = In.RuleFolder;
  const YAML::Mark Top = Document.Mark();
  const LanguageInfo *Language = findLanguage(R->Language);
  RuleQuerySource Source;
  Source.Grammar = Language ? treeSitterLanguage(Language->Parser) : nullptr;
  if (!Source.Grammar) {
    Fail(Document["language"].Mark(), "language '" + R->Language + "' has no tree-sitter grammar");
    return false;
  }
  std::string Stem = RuleFolder ? R->Id : fs::path(Path).stem().string();
  fs::path QueryPath = fs::path(Path).parent_path() / (QueryFile.empty() ? Stem + ".scm" : QueryFile);
  if (!readFile(QueryPath.string(), Source.Text)) {
    Fail(Document["query"] ? Document["query"].Mark() : Top, "cannot read query file " + QueryPath.string());
    return false;
  }
  Source.Path = QueryPath.string();
  Source.Message = R->Message;
  Source.MessageWhere = where(Path, Document["message"] ? Document["message"].Mark() : Top);
  if (In.DeferQuery) {
    const std::string Id = R->Id;
    R->Query = std::make_shared<DeferredQuery>([Source = std::move(Source), Id](std::string &Error) {
      std::unique_ptr<CompiledQuery> Compiled = compileRuleQuery(Source, Error);
      if (!Compiled)
        Error = "the query of rule " + Id + " does not compile (" + Error + ")";
      return Compiled;
    });
  } else {
    std::string Error;
    std::unique_ptr<CompiledQuery> Compiled = compileRuleQuery(Source, Error);
    if (!Compiled) {
      In.Errors.push_back(Error);
      return false;
    }
    R->Query = std::make_shared<DeferredQuery>(std::move(Compiled));
  }
  if (!R->AnalyzerName.empty()) {
    R->AnalyzerImpl = findAnalyzer(R->AnalyzerName);
    if (!R->AnalyzerImpl) {
      std::string Known;
      for (const Analyzer *A : allAnalyzers())
        Known += (Known.empty() ? "" : ", ") + std::string(A->name());
      Fail(Document["analyzer"].Mark(), "unknown judge '" + R->AnalyzerName +
                                            "': none of that name is listed in lib/Analyzer.cpp (a new one needs a "
                                            "rebuild; known: " + Known + ")");
      return false;
    }
  }
  return true;
}

/// A semantic rule: resolves its analyser, which must report the rule's id.
bool attachSemanticAnalyzer(const RuleFileContext &In, Rule *R) {
  const YAML::Node &Document = In.Document;
  auto Fail = [&In](const YAML::Mark &Mark, const std::string &Message) { In.fail(Mark, Message); };
  const YAML::Mark Top = Document.Mark();
  if (Document["query"]) {
    Fail(Document["query"].Mark(), "semantic rules take an analyzer, not a query");
    return false;
  }
  R->SemanticImpl = R->AnalyzerName.empty() ? nullptr : findSemanticAnalyzer(R->AnalyzerName);
  if (!R->SemanticImpl) {
    std::string Known;
    for (const SemanticAnalyzer *A : allSemanticAnalyzers())
      Known += (Known.empty() ? "" : ", ") + std::string(A->name());
    Fail(Document["analyzer"] ? Document["analyzer"].Mark() : Top,
         R->AnalyzerName.empty() ? "semantic rules name their analyzer (one of: " + Known + ")"
                                 : "unknown semantic analyzer '" + R->AnalyzerName +
                                   "': none of that name is registered in lib/semantic/Registry.cpp (a new one needs "
                                   "a rebuild; known: " +
                                   Known + ")");
    return false;
  }
  std::vector<std::string_view> Reported = R->SemanticImpl->ruleIds();
  if (std::find(Reported.begin(), Reported.end(), R->Id) == Reported.end()) {
    Fail(Document["id"].Mark(), "analyzer '" + R->AnalyzerName + "' does not report '" + R->Id + "'");
    return false;
  }
  return true;
}

} // namespace

/// A rule file as read on its own: what parse() found, for admit() to add in the catalogue's order.
struct RuleSet::ParsedFile {
  std::unique_ptr<Rule> Parsed; // set once the keys were checked (attached or not)
  bool Attached = false;        // the keys, the query or analyser: all valid
  std::vector<std::string> Errors;
  size_t KeyErrors = 0;         // how many of Errors the key checks gave (before attaching)
  std::string IdLocation;       // FILE:LINE:COL of the id, where a duplicate is reported
};

RuleSet::ParsedFile RuleSet::parse(const std::string &Path, bool DeferQuery) {
  // Rule files are read on worker threads, where an exception would end the process: any that the
  // checks below did not foresee becomes the file's error.
  try {
    return parseChecked(Path, DeferQuery);
  } catch (const std::exception &E) {
    ParsedFile Out;
    Out.Errors.push_back(Path + ": error: cannot read the rule file: " + E.what());
    return Out;
  }
}

RuleSet::ParsedFile RuleSet::parseChecked(const std::string &Path, bool DeferQuery) {
  ParsedFile Out;
  std::vector<std::string> &Errors = Out.Errors;
  auto Fail = [&](const YAML::Mark &Mark, const std::string &Message) {
    Errors.push_back(where(Path, Mark) + ": error: " + Message);
  };

  YAML::Node Document;
  try {
    Document = YAML::LoadFile(Path);
  } catch (const YAML::ParserException &E) {
    Fail(E.mark, "invalid YAML: " + E.msg);
    return Out;
  } catch (const YAML::BadFile &) {
    Errors.push_back(Path + ": error: cannot read the rule file");
    return Out;
  }
  if (!Document.IsMap()) {
    Fail(Document.Mark(), "a rule file is a mapping of keys (id, language, family, ...)");
    return Out;
  }

  // A rule folder's rule.yaml takes its help from README.md beside it and its query from <id>.scm.
  RuleFileContext In{Path, Errors, Document, fs::path(Path).filename() == "rule.yaml", DeferQuery};
  Out.Parsed = std::make_unique<Rule>();
  Rule *R = Out.Parsed.get();
  R->SourceFile = Path;
  R->Engine = "tree-sitter";
  std::string QueryFile;
  readKeys(In, R, QueryFile);
  checkRule(In, R);
  Out.KeyErrors = Errors.size();
  // A file without an id has no duplicate to report (and a missing key has no mark: yaml-cpp throws).
  if (const YAML::Node Id = static_cast<const YAML::Node &>(Document)["id"])
    Out.IdLocation = where(Path, Id.Mark());
  if (!Errors.empty())
    return Out;

  if (R->Name.empty())
    R->Name = upperCamel(R->Id);
  if (R->Summary.empty())
    R->Summary = R->Message;

  if (R->Engine == "tree-sitter") {
    if (!attachQuery(In, R, QueryFile))
      return Out;
  } else if (R->Engine == "semantic") {
    if (!attachSemanticAnalyzer(In, R))
      return Out;
  } else if (Document["query"] || Document["analyzer"]) {
    Fail(Document.Mark(), "only tree-sitter rules take a query or an analyzer");
    return Out;
  }
  Out.Attached = Errors.empty();
  return Out;
}

bool RuleSet::admit(ParsedFile &&File, std::vector<std::string> &Errors) {
  const Rule *First = File.Parsed && !File.Parsed->Id.empty() ? find(File.Parsed->Id) : nullptr;
  if (First) {
    // As if checked with the keys: the key checks' errors, then this one, and the rule goes no further.
    Errors.insert(Errors.end(), File.Errors.begin(), File.Errors.begin() + File.KeyErrors);
    Errors.push_back(File.IdLocation + ": error: duplicate rule id '" + File.Parsed->Id + "' (first defined in " +
                     First->SourceFile + ")");
    return false;
  }
  Errors.insert(Errors.end(), File.Errors.begin(), File.Errors.end());
  if (!File.Attached)
    return false;
  Rules.push_back(std::move(File.Parsed));
  return true;
}

bool RuleSet::loadFile(const std::string &Path, std::vector<std::string> &Errors) {
  return admit(parse(Path, false), Errors);
}

bool RuleSet::loadDirectories(const std::vector<std::string> &Directories, std::vector<std::string> &Errors,
                              unsigned Jobs) {
  // First every directory's walk, in order: an error of its own, or its rule files (sorted). Then the
  // files are read on Jobs threads, and admitted (duplicate ids, errors) in that same order.
  struct Step {
    std::string Error; // a directory that cannot be read, or else
    std::string File;  // a rule file
    bool DeferQuery = false;
  };
  std::vector<Step> Steps;
  for (const std::string &Directory : Directories) {
    std::error_code Error;
    if (Directory.empty()) {
      Steps.push_back({"blastradius: error: the shipped rules were not found beside the binary (expected "
                       "../share/blastradius/rules next to its directory); set BLASTRADIUS_RULES_DIR, or use "
                       "--no-default-rules with --rules DIR",
                       ""});
      continue;
    }
    if (!fs::is_directory(Directory, Error)) {
      Steps.push_back({Directory + ": error: not a rules directory", ""});
      continue;
    }
    // Iterative (no recursion depth to bound): a folder with rule.yaml is one rule and is not entered further
    // (its samples may be YAML too); elsewhere every *.yaml is a flat rule file.
    std::vector<std::string> Files;
    std::vector<fs::path> Pending = {fs::path(Directory)};
    while (!Pending.empty()) {
      fs::path Current = Pending.back();
      Pending.pop_back();
      if (fs::is_regular_file(Current / "rule.yaml", Error)) {
        Files.push_back((Current / "rule.yaml").string());
        continue;
      }
      for (fs::directory_iterator It(Current, Error), End; !Error && It != End; It.increment(Error)) {
        if (It->is_directory(Error) && !It->is_symlink(Error))
          Pending.push_back(It->path());
        else if (It->is_regular_file(Error) && It->path().extension() == ".yaml")
          Files.push_back(It->path().string());
      }
      if (Error) {
        Steps.push_back({Current.string() + ": error: " + Error.message(), ""});
        Error.clear();
      }
    }
    std::sort(Files.begin(), Files.end());
    const bool Deferred = !FirstUseDirectory.empty() && Directory == FirstUseDirectory;
    for (std::string &File : Files)
      Steps.push_back({"", std::move(File), Deferred});
  }

  std::vector<ParsedFile> Parsed(Steps.size());
  std::atomic<size_t> Next{0};
  runOnThreads(threadsFor(Jobs, Steps.size()), [&] {
    for (size_t I; (I = Next++) < Steps.size();)
      if (!Steps[I].File.empty())
        Parsed[I] = parse(Steps[I].File, Steps[I].DeferQuery);
  });

  size_t ErrorsBefore = Errors.size();
  for (size_t I = 0; I < Steps.size(); ++I) {
    if (Steps[I].File.empty())
      Errors.push_back(std::move(Steps[I].Error));
    else
      admit(std::move(Parsed[I]), Errors);
  }
  return Errors.size() == ErrorsBefore;
}

const Rule *RuleSet::find(std::string_view Id) const {
  for (const auto &R : Rules)
    if (R->Id == Id)
      return R.get();
  return nullptr;
}

Rule *RuleSet::findMutable(std::string_view Id) {
  for (auto &R : Rules)
    if (R->Id == Id)
      return R.get();
  return nullptr;
}

void RuleSet::removeIf(const std::function<bool(const Rule &)> &Predicate) {
  Rules.erase(std::remove_if(Rules.begin(), Rules.end(), [&](const std::unique_ptr<Rule> &R) { return Predicate(*R); }),
              Rules.end());
}

bool Rule::appliesTo(std::string_view FileLanguage) const {
  for (const std::string &L : Languages)
    if (ruleAppliesTo(L, FileLanguage))
      return true;
  return false;
}

std::vector<const SemanticAnalyzer *> RuleSet::semanticAnalyzersFor(std::string_view FileLanguage) const {
  std::vector<const SemanticAnalyzer *> Matching;
  for (const SemanticAnalyzer *A : allSemanticAnalyzers()) {
    if (!A->appliesTo(FileLanguage))
      continue;
    // An analyser with no rules of its own feeds embedded code back into the pipeline: it runs
    // whenever its language does, and the embedded code's rules decide what is reported.
    if (A->ruleIds().empty()) {
      Matching.push_back(A);
      continue;
    }
    for (const auto &R : Rules)
      if (R->SemanticImpl == A && R->appliesTo(FileLanguage)) {
        Matching.push_back(A);
        break;
      }
  }
  return Matching;
}

std::vector<const Rule *> RuleSet::treeSitterRulesFor(std::string_view FileLanguage) const {
  std::vector<const Rule *> Matching;
  for (const auto &R : Rules)
    if (R->Engine == "tree-sitter" && ruleAppliesTo(R->Language, FileLanguage))
      Matching.push_back(R.get());
  return Matching;
}

} // namespace blastradius

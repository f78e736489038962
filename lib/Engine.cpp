#include "Engine.h"

#include "AnalysisLimits.h"

#include "Analyzer.h"
#include "ClangTidyRunner.h"
#include "EmbeddedCode.h"
#include "Fingerprint.h"
#include "LanguageDetection.h"
#include "Languages.h"
#include "Prefilter.h"
#include "DeferredQuery.h"
#include "Query.h"
#include "ScanOrder.h"
#include "RepositoryFiles.h"
#include "ResultCache.h"
#include "Suppressions.h"
#include "branches/BranchMap.h"
#include "branches/RiskyBranches.h"
#include "model/Hcl.h"
#include "semantic/SemanticAnalyzer.h"
#include "terraform/Module.h"
#include "terraform/ModuleCatalog.h"
#include "terraform/LocalSources.h"
#include "terraform/TreeHandoff.h"
#include "WorkerThreads.h"

#include <tree_sitter/api.h>

#include <cstdint>
#include <cstdlib>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <tuple>

namespace fs = std::filesystem;

namespace blastradius {

/// One thread's parsers (one per grammar) and query cursor: tree-sitter lets these be used by one
/// thread at a time only, while the compiled queries are shared.
class TreeSitterWorker {
public:
  TreeSitterWorker() : Cursor(ts_query_cursor_new(), ts_query_cursor_delete) {
    ts_query_cursor_set_match_limit(Cursor.get(), QueryMatchLimit);
  }

  TSParser *parser(Grammar G) {
    auto &Slot = Parsers[G];
    if (!Slot) {
      Slot.reset(ts_parser_new());
      ts_parser_set_language(Slot.get(), treeSitterLanguage(G));
      // Every parse has a time budget: past it the parser gives up and the file says so.
      ts_parser_set_timeout_micros(Slot.get(), parseTimeoutMicros());
    }
    return Slot.get();
  }
  /// The query cursor, with at most QueryMatchLimit matches in progress: a hostile file can make an
  /// unanchored pattern keep thousands of partial matches alive (tree-sitter then compares them all
  /// at every step, and a 10 KB file took minutes). Past the limit the oldest are dropped, and the
  /// file says so (runQueries).
  static constexpr uint32_t QueryMatchLimit = 256;
  TSQueryCursor *cursor() { return Cursor.get(); }

  /// The query rules and semantic analysers of a language, looked up once per thread instead of
  /// once per file (each lookup walks every rule of the set).
  struct LanguageRules {
    std::vector<const Rule *> Queries;
    std::vector<const SemanticAnalyzer *> Analyzers;
  };
  const LanguageRules &rulesFor(const RuleSet &Rules, const std::string &Language) {
    if (CachedFor != &Rules) { // a thread_local worker may outlive one engine and serve another
      ByLanguage.clear();
      CachedFor = &Rules;
    }
    auto Found = ByLanguage.find(Language);
    if (Found == ByLanguage.end())
      Found = ByLanguage.emplace(Language, LanguageRules{Rules.treeSitterRulesFor(Language),
                                                         Rules.semanticAnalyzersFor(Language)})
                  .first;
    return Found->second;
  }

private:
  const RuleSet *CachedFor = nullptr;
  std::map<std::string, LanguageRules, std::less<>> ByLanguage;
  struct ParserDeleter {
    void operator()(TSParser *P) const { ts_parser_delete(P); }
  };
  std::map<Grammar, std::unique_ptr<TSParser, ParserDeleter>> Parsers;
  std::unique_ptr<TSQueryCursor, void (*)(TSQueryCursor *)> Cursor;
};

namespace {

struct TreeDeleter {
  void operator()(TSTree *T) const { ts_tree_delete(T); }
};
using TreePtr = std::unique_ptr<TSTree, TreeDeleter>;

Notification notification(const std::string &Path, std::string Kind, std::string Message, Level L, bool Skipped) {
  Notification N;
  N.Path = Path;
  N.Kind = std::move(Kind);
  N.Message = std::move(Message);
  N.NotificationLevel = L;
  N.Skipped = Skipped;
  return N;
}

/// The first ERROR or MISSING node in document order, to say where a syntax error is.
TSNode firstErrorNode(TSNode Root) {
  TSTreeCursor Cursor = ts_tree_cursor_new(Root);
  TSNode Found = Root;
  for (;;) {
    TSNode Node = ts_tree_cursor_current_node(&Cursor);
    if (ts_node_is_error(Node) || ts_node_is_missing(Node)) {
      Found = Node;
      break;
    }
    if (ts_node_has_error(Node) && ts_tree_cursor_goto_first_child(&Cursor))
      continue;
    bool Moved = false;
    while (!(Moved = ts_tree_cursor_goto_next_sibling(&Cursor)))
      if (!ts_tree_cursor_goto_parent(&Cursor))
        break;
    if (!Moved)
      break;
  }
  ts_tree_cursor_delete(&Cursor);
  return Found;
}

/// Where byte I of a parsed text is in the host: the identity, or the embedded snippet's map.
uint32_t hostOffset(const std::vector<uint32_t> *Offsets, size_t I) {
  if (!Offsets || Offsets->empty())
    return static_cast<uint32_t>(I);
  return (*Offsets)[std::min(I, Offsets->size() - 1)];
}

/// Where a region ending before byte End of a parsed text ends in the host: one past its last
/// byte's host offset, so a region that ends at the end of an embedded snippet does not stretch to
/// the start of the next host line.
uint32_t hostEndOffset(const std::vector<uint32_t> *Offsets, size_t End) {
  if (!Offsets || Offsets->empty() || End == 0)
    return hostOffset(Offsets, End);
  return hostOffset(Offsets, End - 1) + 1;
}

/// Set while a file whose byte order mark was blanked is analysed (see analyzeTreeSitter).
thread_local bool HostTextHadBom = false;

/// Parses Text, or takes Ready, the tree of exactly that text parsed by this grammar's parser
/// already (terraform/TreeHandoff.h); nullptr when the parser gave up. A tree with errors is still
/// used (tree-sitter recovers), with a notification that says where the first error is.
TreePtr parseWithNotes(TreeSitterWorker &Worker, Grammar G, const std::string &Language, std::string_view Text,
                       const SourceText &Host, const std::string &Path, const std::vector<uint32_t> *Offsets,
                       std::vector<Notification> &Notes, TreePtr Ready = nullptr) {
  TreePtr Tree = std::move(Ready);
  if (!Tree) {
    TSParser *Parser = Worker.parser(G);
    // A UTF-8 byte order mark is no part of the language: the parse starts after it (byte offsets,
    // and so every position, stay those of the file).
    bool Bom = !Offsets && HostTextHadBom;
    if (Bom) {
      TSRange Range{{0, 3}, {UINT32_MAX, UINT32_MAX}, 3, UINT32_MAX};
      ts_parser_set_included_ranges(Parser, &Range, 1);
    }
    Tree.reset(ts_parser_parse_string(Parser, nullptr, Text.data(), static_cast<uint32_t>(Text.size())));
    if (Bom)
      ts_parser_set_included_ranges(Parser, nullptr, 0);
    if (!Tree)
      ts_parser_reset(Parser); // the next parse must not resume this one
  }
  if (!Tree) {
    Notes.push_back(notification(Path, "parse-failed",
                                 "the " + Language + " parser gave up on this file (its time budget of " +
                                     parseTimeoutText() + " ran out): not analysed",
                                 Level::Error, true));
    return Tree;
  }
  TSNode Root = ts_tree_root_node(Tree.get());
  if (ts_node_has_error(Root)) {
    TSNode Error = firstErrorNode(Root);
    Notification N = notification(Path, "syntax-error",
                                  Offsets ? "syntax error in embedded " + Language + ": findings near it may be missing"
                                          : "syntax error in " + Language + ": findings near it may be missing",
                                  Offsets ? Level::Note : Level::Warning, false);
    N.Where = Host.position(hostOffset(Offsets, ts_node_start_byte(Error)));
    Notes.push_back(N);
  }
  return Tree;
}

/// A related place an analyser or a judge named, at host positions.
RelatedLocation relatedLocation(const RelatedSpan &Span, const SourceText &Host, const std::vector<uint32_t> *Offsets) {
  if (!Span.Path.empty())
    return RelatedLocation{Span.StartPos, Span.EndPos, Span.Message, Span.Path};
  return RelatedLocation{Host.position(hostOffset(Offsets, Span.Start)), Host.position(hostEndOffset(Offsets, Span.End)),
                         Span.Message, {}};
}

/// A query's time budget on one text (tree-sitter asks every hundred steps whether to stop).
struct QueryBudget {
  std::chrono::steady_clock::time_point Deadline;
  bool Exceeded = false;
};
bool queryOverBudget(TSQueryCursorState *State) {
  auto *Budget = static_cast<QueryBudget *>(State->payload);
  if (!Budget->Exceeded && std::chrono::steady_clock::now() > Budget->Deadline)
    Budget->Exceeded = true;
  return Budget->Exceeded;
}
/// After a query's last match: notes a limit that cut it short (an error notification on the file).
void noteQueryLimits(TSQueryCursor *Cursor, const QueryBudget &Budget) {
  if (ts_query_cursor_did_exceed_match_limit(Cursor))
    noteAnalysisLimit("a query rule had more partial matches in progress than its limit");
  if (Budget.Exceeded)
    noteAnalysisLimit("a query rule ran out of its time budget");
}

/// Runs every query rule of Language over a parsed text and appends its findings at host positions.
void runQueries(TreeSitterWorker &Worker, const RuleSet &Rules, const std::string &Language, TSNode Root,
                std::string_view Text, const SourceText &Host, const std::string &Path,
                const std::vector<uint32_t> *Offsets, const Prefilter &Filter, const PrefilterHits &Hits,
                SemanticContext &File, std::vector<Finding> &Out) {
  TSQueryCursor *Cursor = Worker.cursor();
  for (const Rule *R : Worker.rulesFor(Rules, Language).Queries) {
    if (!Filter.ruleMayMatch(*R, Hits))
      continue;
    const CompiledQuery *Compiled = R->Query->get(); // the built-in catalogue's compile on first use
    if (!Compiled) {
      noteAnalysisLimit(R->Query->error().c_str());
      continue;
    }
    const CompiledQuery &Query = *Compiled;
    // Besides the match limit, a time budget (the parse's): a hostile tree must not hold the scan.
    QueryBudget Budget{std::chrono::steady_clock::now() + std::chrono::microseconds(parseTimeoutMicros())};
    TSQueryCursorOptions Options{&Budget, queryOverBudget};
    ts_query_cursor_exec_with_options(Cursor, Query.query(), Root, &Options);
    TSQueryMatch Match;
    while (ts_query_cursor_next_match(Cursor, &Match)) {
      if (!Query.predicatesHold(Match, Text))
        continue;
      TSNode FindingNode{};
      bool HasFinding = false;
      for (uint16_t I = 0; I < Match.capture_count; ++I)
        if (Match.captures[I].index == Query.findingCapture()) {
          FindingNode = Match.captures[I].node;
          HasFinding = true;
        }
      if (!HasFinding)
        continue;
      std::optional<Verdict> Judged = Verdict{};
      if (R->AnalyzerImpl) {
        MatchContext Context{Text, Root, FindingNode, Query, Match, File};
        Judged = R->AnalyzerImpl->judge(Context);
        if (!Judged)
          continue;
      }
      TSNode Location = Judged->Location.value_or(FindingNode);
      Finding F = makeFinding(*R, Path, Host, hostOffset(Offsets, ts_node_start_byte(Location)),
                              hostEndOffset(Offsets, ts_node_end_byte(Location)), Judged->Detail,
                              interpolateCaptures(R->Message, Query, Match, Text));
      for (const RelatedSpan &Span : Judged->Related)
        F.Related.push_back(relatedLocation(Span, Host, Offsets));
      Out.push_back(std::move(F));
    }
    noteQueryLimits(Cursor, Budget);
  }
}

} // namespace

/// Everything the analysis of one file needs: the engine's state, the worker, the host text and
/// where results go. Embedded code re-enters through analyzeText with an offset map.
struct FileAnalysis {
  Engine &TheEngine;
  TreeSitterWorker &Worker;
  const InventoryEntry &Entry;
  const SourceText &Host;
  FileResult &Result;
  /// What the result read besides its own file, for the cache.
  std::vector<CacheDependency> Dependencies;
  /// The branch structure of the file itself (not of embedded code), for the untested-risky-branch
  /// family, which judges it once every other rule has reported.
  std::optional<BranchMap> Branches;
  /// The tree the module catalog parsed for this file already, with its text (terraform/TreeHandoff.h).
  terraform::TreeHandoff::Taken Ahead;

  void analyzeText(const std::string &Language, std::string_view Text, const std::vector<uint32_t> *Offsets,
                   unsigned EmbeddingDepth);

  /// The local Terraform modules of this file as the analysers reach them (Services.TerraformModule
  /// below), for the prefilter: recorded for the result cache, read only inside the scan root.
  Prefilter::ModuleAccess localModuleAccess() {
    Prefilter::ModuleAccess Access;
    Access.Directory = [this](const std::string &Source) {
      std::string Directory = terraform::moduleDirectory(Entry.AbsolutePath, Source);
      if (TheEngine.Cache)
        Dependencies.push_back({"module:" + Source, TheEngine.moduleHash(Directory)});
      return Directory;
    };
    Access.Files = [this](const std::string &Directory) -> std::optional<std::vector<std::pair<std::string, std::string>>> {
      if (!terraform::ModuleCatalog::isModuleDirectory(TheEngine.SourceRoot, Directory))
        return std::nullopt;
      return TheEngine.Modules->moduleFiles(Directory);
    };
    return Access;
  }
};

void FileAnalysis::analyzeText(const std::string &Language, std::string_view Text,
                               const std::vector<uint32_t> *Offsets, unsigned EmbeddingDepth) {
  const LanguageInfo *Info = findLanguage(Language);
  if (!Info || Info->Parser == Grammar::None || Info->Parser == Grammar::Cpp)
    return;
  const RuleSet &Rules = TheEngine.Rules;
  const std::string &Path = Entry.RelativePath;
  // No rule of the language (nor of code it may embed) can fire without one of its literals: the
  // text is not parsed at all (see Prefilter.h).
  const Prefilter &Filter = *TheEngine.ThePrefilter;
  PrefilterHits Hits = Filter.search(Text);
  if (EmbeddingDepth == 0 && Language == "terraform" && Filter.wantsLocalModules(Hits))
    Filter.searchLocalModules(Text, localModuleAccess(), Hits);
  if (!Filter.languageMayMatch(Language, Hits))
    return;
  // The file as a whole (not embedded code, no byte order mark left out of the parse) may have been
  // parsed from these very bytes by the build of a module that holds it: its tree is taken then.
  const bool WholeFile = EmbeddingDepth == 0 && !Offsets && !HostTextHadBom && Info->Parser == Grammar::Hcl;
  TreePtr Ready;
  if (WholeFile && Ahead.Tree && Ahead.Text == Text)
    Ready.reset(Ahead.Tree.release());
  TreePtr Tree =
      parseWithNotes(Worker, Info->Parser, Language, Text, Host, Path, Offsets, Result.Notifications, std::move(Ready));
  if (!Tree)
    return;
  TSNode Root = ts_tree_root_node(Tree.get());

  // The file's models and services, built on first use: shared by the query rules' judges and the
  // semantic analysers.
  SemanticContext::Services Services;
  Services.RuleEnabled = [&](std::string_view Id) {
    const Rule *R = Rules.find(Id);
    return R && R->Engine == "semantic" && R->appliesTo(Language);
  };
  Services.TerraformModule = [this, WholeFile, Text, Root](std::string_view Relative) {
    std::string Directory = terraform::moduleDirectory(Entry.AbsolutePath, Relative);
    if (TheEngine.Cache)
      Dependencies.push_back({"module:" + std::string(Relative), TheEngine.moduleHash(Directory)});
    // The module's build parses none of its files twice: this file's tree is the one in hand, and
    // the trees of the others wait for the scan to reach them (terraform/TreeHandoff.h).
    terraform::SharedTrees Trees;
    fs::path Own(Entry.AbsolutePath);
    if (WholeFile && Own.parent_path().string() == Directory) {
      Trees.KnownName = Own.filename().string();
      Trees.KnownText = Text;
      Trees.KnownRoot = Root;
    }
    if (terraform::TreeHandoff *Handoff = TheEngine.Handoff.get()) {
      Trees.Take = [Handoff, &Directory](const std::string &Name, const std::string &Read) {
        return Handoff->takeForModule(Directory + "/" + Name, Read);
      };
      Trees.Keep = [Handoff, &Directory](const std::string &Name, const std::string &Parsed, TSTree *Tree) {
        return Handoff->leaveForScan(Directory + "/" + Name, Parsed, Tree);
      };
    }
    return TheEngine.terraformModule(Worker, Directory, &Trees);
  };
  Services.ReadRepositoryFile = [this](std::string_view Relative) {
    std::optional<std::string> Content = TheEngine.readRepositoryFile(Entry.AbsolutePath, Relative);
    if (TheEngine.Cache)
      Dependencies.push_back({"file:" + std::string(Relative), Content ? contentHash(*Content) : ""});
    return Content;
  };
  Services.AnalyzeEmbedded = [this, EmbeddingDepth, Offsets](const EmbeddedSnippet &Snippet,
                                                             std::string_view EmbeddedLanguage) {
    // Shell in YAML in ...: two levels are real (a `sh -c` string in a run: block); more is a loop.
    if (EmbeddingDepth >= 2)
      return;
    std::vector<uint32_t> Composed = Snippet.HostOffsets;
    if (Offsets)
      for (uint32_t &O : Composed)
        O = hostOffset(Offsets, O);
    if (Composed.size() != Snippet.Text.size() + 1)
      Composed.resize(Snippet.Text.size() + 1, Composed.empty() ? 0 : Composed.back());
    analyzeText(std::string(EmbeddedLanguage), Snippet.Text, &Composed, EmbeddingDepth + 1);
  };
  Services.EmbeddingDepth = EmbeddingDepth;
  Services.AbsolutePath = Entry.AbsolutePath;
  SemanticContext Context(Path, Language, Text, Host, Root, std::move(Services));
  runQueries(Worker, Rules, Language, Root, Text, Host, Path, Offsets, Filter, Hits, Context, Result.Findings);

  for (const SemanticAnalyzer *A : Worker.rulesFor(Rules, Language).Analyzers) {
    if (!Filter.analyzerMayRun(*A, Language, Hits))
      continue;
    size_t Before = Context.reports().size();
    A->analyze(Context);
    for (size_t I = Before; I < Context.reports().size(); ++I) {
      const SemanticContext::Report &Reported = Context.reports()[I];
      const Rule *R = Rules.find(Reported.RuleId);
      if (!R || R->SemanticImpl != A || !R->appliesTo(Language))
        continue; // not loaded (a custom rule set), or loaded for other languages only
      Finding F = makeFinding(*R, Path, Host, hostOffset(Offsets, Reported.Start), hostEndOffset(Offsets, Reported.End),
                              Reported.Detail);
      if (Reported.LevelOverride)
        F.FindingLevel = *Reported.LevelOverride;
      for (const RelatedSpan &Span : Reported.RelatedLocations)
        F.Related.push_back(relatedLocation(Span, Host, Offsets));
      Result.Findings.push_back(std::move(F));
    }
  }
  // Built last, once the file's findings are known: a rule that judges only other rules' findings
  // needs no branch map in a file without any.
  if (EmbeddingDepth == 0 && !Offsets && hasBranchMap(Language) &&
      Filter.branchMapNeeded(Language, Hits, !Result.Findings.empty()))
    Branches = buildBranchMap(Language, Root, Text);
  // A module file whose module no analysis has read yet: read as one now, from this tree, for the
  // build of that module (a module collection's examples ask for it long after).
  if (!WholeFile || !TheEngine.Handoff || !TheEngine.Handoff->wantedForModule(Entry.AbsolutePath))
    return;
  fs::path Own(Entry.AbsolutePath);
  if (terraform::isModuleFile(Own.filename().string()) && !TheEngine.Modules->isRead(Own.parent_path().string())) {
    std::unique_ptr<terraform::ModuleFile> Read = terraform::readModuleFile(Path, std::string(Text), Root);
    TheEngine.Handoff->leaveForModule(Entry.AbsolutePath, Read);
  }
}

const terraform::Module *Engine::terraformModule(TreeSitterWorker &Worker, const std::string &Directory,
                                                 const terraform::SharedTrees *Trees) {
  return Modules->module(Worker.parser(Grammar::Hcl), SourceRoot, Directory, Trees);
}

std::string Engine::moduleHash(const std::string &Directory) { return Modules->hash(SourceRoot, Directory); }

std::optional<std::string> Engine::readRepositoryFile(const std::string &File, std::string_view Relative) const {
  std::optional<std::string> Content = readFileInsideRoot(SourceRoot, File, Relative, Options.MaxFileSize);
  if (Content && Options.OpenDocument) {
    // Inside the root and on disk (the checks above passed): an open buffer of it wins.
    std::string Name(Relative);
    for (std::string_view Prefix : {"${path.module}/", "./"})
      while (Name.compare(0, Prefix.size(), Prefix) == 0)
        Name.erase(0, Prefix.size());
    std::error_code Ec;
    fs::path Target = (fs::absolute(File, Ec).parent_path() / Name).lexically_normal();
    if (std::optional<std::string> Open = Options.OpenDocument(Target.string()))
      if (Open->size() <= Options.MaxFileSize)
        return Open;
  }
  return Content;
}

bool Engine::readSource(const std::string &Path, std::string &Content, std::string &ErrorKind,
                        std::string &Error) const {
  if (Options.OpenDocument)
    if (std::optional<std::string> Open = Options.OpenDocument(Path)) {
      if (Open->size() > Options.MaxFileSize) {
        ErrorKind = "too-large";
        Error = "too large: " + std::to_string(Open->size()) + " bytes (limit " +
                std::to_string(Options.MaxFileSize) + ", see --max-file-size)";
        return false;
      }
      Content = std::move(*Open);
      return true;
    }
  return readWholeFile(Path, Options.MaxFileSize, Content, ErrorKind, Error);
}

Engine::Engine(const RuleSet &Rules, ScanOptions TheOptions) : Rules(Rules), Options(std::move(TheOptions)) {
  Modules = std::make_unique<terraform::ModuleCatalog>(
      Options.TerraformVarFiles, Options.MaxFileSize, [this](const std::string &Path, std::string &Content) {
        std::string Kind, Error;
        return readSource(Path, Content, Kind, Error);
      });
  // BLASTRADIUS_NO_PREFILTER=1 turns it off where no flag reaches (`blastradius test`), for debugging.
  const char *NoPrefilter = std::getenv("BLASTRADIUS_NO_PREFILTER");
  ThePrefilter = std::make_unique<Prefilter>(
      Rules, Options.Prefilter && !(NoPrefilter && *NoPrefilter && std::string(NoPrefilter) != "0"));
  if (!Options.CacheDirectory.empty())
    Cache = std::make_unique<ResultCache>(Options.CacheDirectory, Options.CacheSetupKey);
}

Engine::~Engine() = default;

FileResult Engine::analyzeTreeSitter(TreeSitterWorker &Worker, const InventoryEntry &Entry, const std::string *Given) {
  FileResult Result;
  const std::string &Path = Entry.RelativePath;
  std::string Content, ErrorKind, Error;
  if (Given && Given->size() > Options.MaxFileSize) {
    Result.Notifications.push_back(notification(Path, "too-large",
                                                "too large: " + std::to_string(Given->size()) + " bytes (limit " +
                                                    std::to_string(Options.MaxFileSize) + ", see --max-file-size)",
                                                Level::Warning, true));
    return Result;
  }
  if (Given)
    Content = *Given;
  else if (!readWholeFile(Entry.AbsolutePath, Options.MaxFileSize, Content, ErrorKind, Error)) {
    Result.Notifications.push_back(notification(Path, ErrorKind, Error, Level::Warning, true));
    return Result;
  }
  // A byte order mark is skipped before detection (a BOM before `#!` is still a script).
  std::string_view Unmarked = Content;
  if (Unmarked.compare(0, 3, "\xEF\xBB\xBF") == 0)
    Unmarked.remove_prefix(3);
  // Binary is what the language's own runtime refuses. bash refuses a file with a NUL in its first
  // line (within 80 bytes: an executable), and otherwise drops NUL bytes and runs the rest.
  bool HasNul = looksBinary(Content);
  size_t FirstNul = Content.find('\0');
  bool BashRefuses = FirstNul != std::string::npos && FirstNul < std::min<size_t>(Content.find('\n'), 80);
  if (HasNul && (BashRefuses || detectLanguage(Path, Unmarked).Language != "bash")) {
    Result.Notifications.push_back(notification(Path, "binary", "binary file", Level::Note, true));
    return Result;
  }
  std::string CacheKey;
  if (Cache) {
    CacheKey = Cache->keyFor(Path, Content);
    auto CurrentHash = [&](const std::string &Name) -> std::string {
      if (Name.rfind("file:", 0) == 0) {
        std::optional<std::string> Now = readRepositoryFile(Entry.AbsolutePath, Name.substr(5));
        return Now ? contentHash(*Now) : "";
      }
      if (Name.rfind("module:", 0) == 0) {
        return moduleHash(terraform::moduleDirectory(Entry.AbsolutePath, Name.substr(7)));
      }
      return "?"; // unknown kind of dependency: never matches
    };
    if (std::optional<FileResult> Cached = Cache->lookup(CacheKey, CurrentHash))
      return *Cached;
  }
  Detection Detected = detectLanguage(Path, Unmarked);
  if (Detected.Language.empty()) {
    Result.Notifications.push_back(notification(Path, Detected.SkipKind, Detected.SkipReason, Level::Note, true));
    return Result;
  }
  const LanguageInfo *Language = findLanguage(Detected.Language);
  SourceText Source(Content);
  size_t BadByte = Source.firstInvalidUtf8();
  if (BadByte != std::string::npos) {
    // Parsed anyway: a stray Latin-1 byte in a comment must not hide an `rm -rf` below it.
    Notification N = notification(Path, "invalid-utf8", "not valid UTF-8: analysed as is, columns may be off",
                                  Level::Note, false);
    N.Where = Source.position(BadByte);
    Result.Notifications.push_back(N);
  }

  takeAnalysisLimits(); // nothing from an earlier file on this thread
  // The byte order mark becomes three spaces for the analysers (a SQL lexer or a regex must not see
  // it glued to the first word) and is left out of the parse; offsets stay those of the file.
  HostTextHadBom = Unmarked.size() != Content.size();
  if (HostTextHadBom)
    Content.replace(0, 3, "   ");
  struct ResetBom {
    ~ResetBom() { HostTextHadBom = false; }
  } ResetBomOnExit;
  FileAnalysis Analysis{*this, Worker, Entry, Source, Result, {}, {}, {}};
  if (Handoff && !Given)
    Analysis.Ahead = Handoff->start(Entry.AbsolutePath);
  if (Language->Name == "dockerfile") {
    // Every RUN is its own shell process: each body is its own script (a variable set or checked in
    // one RUN means nothing in the next), parsed alone with host offsets. Linear in the file.
    for (const EmbeddedRegion &Body : dockerfileRunBodies(Content)) {
      EmbeddedSnippet Snippet = regionSnippet(Content, Body);
      Analysis.analyzeText(Body.Language, Snippet.Text, &Snippet.HostOffsets, 1);
    }
  } else if (Content.find('\0') != std::string::npos && Language->Name == "bash") {
    // What bash runs: the file without its NUL bytes (`r\0m -rf /` is `rm -rf /`), mapped back.
    std::string Runs;
    std::vector<uint32_t> HostOffsets;
    for (size_t I = 0; I < Content.size(); ++I)
      if (Content[I] != '\0') {
        Runs += Content[I];
        HostOffsets.push_back(static_cast<uint32_t>(I));
      }
    HostOffsets.push_back(static_cast<uint32_t>(Content.size()));
    Analysis.analyzeText(Language->Name, Runs, &HostOffsets, 0);
  } else {
    Analysis.analyzeText(Language->Name, Content, nullptr, 0);
  }
  if (Analysis.Branches) {
    LineHits Hits = Options.CoverageFor ? Options.CoverageFor(Path) : LineHits();
    std::vector<Finding> BranchFindings =
        judgeBranches({Path, Language->Name, Source, *Analysis.Branches, Result.Findings, Rules, Hits});
    Result.Findings.insert(Result.Findings.end(), BranchFindings.begin(), BranchFindings.end());
  }
  finishFileFindings(Result.Findings, Source, Path, Language->Name, Rules, Options.ReportUnusedSuppressions);
  Result.Analysed = true;
  std::string Limits = takeAnalysisLimits();
  if (!Limits.empty())
    Result.Notifications.push_back(notification(
        Path, "analysis-limit", "analysis cut short (" + Limits + "): findings past that point may be missing",
        Level::Error, false));
  if (Cache)
    Cache->store(CacheKey, Result, Analysis.Dependencies);
  return Result;
}

FileResult Engine::analyzeFile(const InventoryEntry &Entry, const std::string &Root) {
  SourceRoot = Root.empty() ? fs::path(Entry.AbsolutePath).parent_path().string() : Root;
  TreeSitterWorker Worker;
  return analyzeTreeSitter(Worker, Entry);
}

FileResult Engine::analyzeDocument(const InventoryEntry &Entry, const std::string &Root, const std::string &Content) {
  SourceRoot = Root.empty() ? fs::path(Entry.AbsolutePath).parent_path().string() : Root;
  thread_local TreeSitterWorker Worker;
  return analyzeTreeSitter(Worker, Entry, &Content);
}

FileResult Engine::analyzeEmbeddedText(const std::string &Path, const std::string &Language,
                                       const std::string &Text) {
  thread_local TreeSitterWorker Worker;
  FileResult Result;
  InventoryEntry Entry{Path, Path};
  SourceText Source(Text);
  FileAnalysis Analysis{*this, Worker, Entry, Source, Result, {}, {}, {}};
  Analysis.analyzeText(Language, Text, nullptr, 1);
  std::stable_sort(Result.Findings.begin(), Result.Findings.end(), [](const Finding &A, const Finding &B) {
    return std::tie(A.Start.Line, A.Start.Column, A.RuleId) < std::tie(B.Start.Line, B.Start.Column, B.RuleId);
  });
  Result.Analysed = true;
  return Result;
}

namespace {

/// Where clang-tidy will find build flags for File on its own: a compile_commands.json or
/// compile_flags.txt in its directory or any parent up to the source root.
bool hasOwnCompileFlags(const std::string &File, const std::string &SourceRoot) {
  fs::path Directory = fs::path(File).parent_path();
  for (;;) {
    std::error_code Ec;
    if (fs::exists(Directory / "compile_commands.json", Ec) || fs::exists(Directory / "compile_flags.txt", Ec))
      return true;
    if (Directory.string().size() <= SourceRoot.size() || !Directory.has_parent_path() ||
        Directory == Directory.parent_path())
      return false;
    Directory = Directory.parent_path();
  }
}

bool isCppFile(const InventoryEntry &Entry) {
  Detection D = detectLanguage(Entry.RelativePath, "");
  return D.Language == "cpp" || D.SkipKind == "cpp-header";
}

} // namespace

bool Engine::scan(const Inventory &Files, Report &Out, std::string &Error) {
  Out.SourceRoot = Files.SourceRoot;
  SourceRoot = Files.SourceRoot;
  Out.Notifications = Files.Skipped;
  for (const auto &R : Rules.rules())
    Out.Rules.push_back(R.get());

  std::set<std::string> DatabaseFiles;
  if (!Options.CompileDatabaseDir.empty() && !readCompileDatabase(Options.CompileDatabaseDir, DatabaseFiles, Error))
    return false;
  // Checks built in (blastradius-clang-tidy) need no plugin; otherwise a missing plugin skips C++
  // with a reason, never silently.
  bool CanRunClangTidy = !Options.ClangTidy.empty() && fs::exists(Options.ClangTidy) &&
                         (Options.TidyChecksBuiltIn || (!Options.TidyPlugin.empty() && fs::exists(Options.TidyPlugin)));

  // One task per file; C++ sources become clang-tidy tasks, headers are covered by the sources.
  struct Task {
    const InventoryEntry *Entry;
    bool ClangTidy = false;
    ClangTidyTask Tidy;
  };
  std::vector<Task> Tasks;
  std::vector<FileResult> Results;
  size_t CppWithoutFlags = 0;
  for (const InventoryEntry &Entry : Files.Files) {
    if (!isCppFile(Entry)) {
      Tasks.push_back({&Entry, false, {}});
      continue;
    }
    Detection D = detectLanguage(Entry.RelativePath, "");
    if (D.SkipKind == "cpp-header") {
      Out.Notifications.push_back(notification(Entry.RelativePath, D.SkipKind, D.SkipReason, Level::Note, true));
      continue;
    }
    if (!CanRunClangTidy) {
      Out.Notifications.push_back(notification(Entry.RelativePath, "clang-tidy-unavailable",
                                               "C++ needs clang-tidy and the blastradius plugin, which were not found "
                                               "(see --clang-tidy and --tidy-plugin)",
                                               Level::Error, true));
      continue;
    }
    ClangTidyTask Tidy{Entry, "", false};
    if (!Options.CompileDatabaseDir.empty()) {
      if (!DatabaseFiles.count(Entry.AbsolutePath)) {
        Out.Notifications.push_back(notification(Entry.RelativePath, "not-in-compile-database",
                                                 "not in the compilation database given with -p", Level::Note, true));
        continue;
      }
      Tidy.CompileDatabaseDir = Options.CompileDatabaseDir;
    } else {
      Tidy.UseDefaultFlags = !hasOwnCompileFlags(Entry.AbsolutePath, Files.SourceRoot);
      if (Tidy.UseDefaultFlags && !Options.GuessCppFlags && !Options.CppFilesNamed.count(Entry.AbsolutePath)) {
        ++CppWithoutFlags;
        continue;
      }
    }
    Tasks.push_back({&Entry, true, Tidy});
  }
  if (CppWithoutFlags)
    Out.Notifications.push_back(notification(
        ".", "cpp-without-compile-database",
        std::to_string(CppWithoutFlags) + " C++ source file" + (CppWithoutFlags == 1 ? " was" : "s were") +
            " not analysed: no compilation database. Give its directory with -p (or put compile_commands.json or "
            "compile_flags.txt at the root), name the files on the command line, or pass --cpp-guess-flags to "
            "analyse each with default flags (one clang-tidy process per file)",
        Level::Warning, false));

  Results.resize(Tasks.size());
  std::vector<ScanTask> Planned;
  Planned.reserve(Tasks.size());
  for (const Task &T : Tasks)
    Planned.push_back({T.Entry->AbsolutePath, T.ClangTidy});
  const ScanOrder Plan = planScanOrder(Planned);
  const std::vector<size_t> &Order = Plan.Order;
  // The module files of directories that some file calls as a local module may be handed from the
  // scan to the module's build: which ones, from their raw text (a sound reading, LocalSources.h).
  // Not needed when they all lie in one directory: no other holds a file to hand over (a module
  // that calls itself is refused by Terraform). At most 1 MB of texts waits as trees, 8 MB as
  // module files (terraform/TreeHandoff.h).
  terraform::CalledDirectories Called;
  if (Plan.ModuleDirectories > 1)
    Called = terraform::calledDirectories(Plan.ModuleFiles, Options.Jobs, [this](const std::string &Path,
                                                                                 std::string &Content) {
      std::string Kind, Error;
      return readSource(Path, Content, Kind, Error);
    });
  Handoff = std::make_unique<terraform::TreeHandoff>(Plan.ModuleFiles, std::move(Called.Directories), Called.All,
                                                     1u << 20, 8u << 20);
  std::atomic<size_t> Next{0}, Finished{0}, FindingsSoFar{0};
  auto Work = [&] {
    TreeSitterWorker Worker;
    for (size_t Taken = Next++; Taken < Tasks.size(); Taken = Next++) {
      size_t I = Order[Taken];
      try {
        Results[I] = Tasks[I].ClangTidy ? runClangTidy(Tasks[I].Tidy, Options, Files.SourceRoot, Rules)
                                        : analyzeTreeSitter(Worker, *Tasks[I].Entry);
      } catch (const std::exception &E) {
        // A bug of ours must cost one file, not the scan; the report says which file.
        Results[I] = FileResult();
        Results[I].Notifications.push_back(notification(Tasks[I].Entry->RelativePath, "internal-error",
                                                        std::string("internal error: ") + E.what(), Level::Error,
                                                        true));
      }
      if (Options.Progress) {
        size_t Done = ++Finished;
        size_t Found = (FindingsSoFar += Results[I].Findings.size());
        Options.Progress(Done, Tasks.size(), Found);
      }
    }
  };
  runOnThreads(threadsFor(Options.Jobs, Tasks.size()), Work);
  Handoff.reset(); // trees no file took

  // The report's findings are allocated once, at their exact count, and each file's result is freed
  // as soon as it is merged; what the workers freed goes back to the system before the merge and
  // every 4,096 files during it. Growing the vector by doubling while every per-file result was still
  // held made the merge the peak of a 50,000-file scan.
  size_t FindingCount = Out.Findings.size();
  for (const FileResult &R : Results)
    FindingCount += R.Findings.size();
  Out.Findings.reserve(FindingCount);
  for (size_t I = 0; I < Tasks.size(); ++I) {
    if (I % 4096 == 0)
      releaseFreedMemory();
    FileResult R = std::move(Results[I]);
    if (R.Analysed)
      ++Out.FilesAnalysed;
    for (Notification &N : R.Notifications) {
      if (N.NotificationLevel == Level::Error)
        Out.ExecutionFailed = true;
      Out.Notifications.push_back(std::move(N));
    }
    Out.Findings.insert(Out.Findings.end(), std::make_move_iterator(R.Findings.begin()),
                        std::make_move_iterator(R.Findings.end()));
  }
  std::vector<FileResult>().swap(Results);
  releaseFreedMemory();
  Out.canonicalize();
  return true;
}

} // namespace blastradius

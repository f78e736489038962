//===--- EngineBridge.cpp - blastradius -----------------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "EngineBridge.h"

#include "Engine.h"
#include "RuleLoader.h"
#include "SourceText.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

namespace clang::tidy::blastradius {

namespace {

/// The rules of one directory and an engine over them, loaded on first use.
struct LoadedEngine {
  ::blastradius::RuleSet Rules;
  std::unique_ptr<::blastradius::Engine> TheEngine;
  std::string Error;
};

LoadedEngine &engineFor(const std::string &RulesDirectory) {
  // clang-tidy runs checks on one thread, but a driver linking the checks may
  // not: the table is guarded, the engine itself is thread-safe per call.
  static std::mutex Mutex;
  static std::map<std::string, std::unique_ptr<LoadedEngine>> Engines;
  std::lock_guard<std::mutex> Lock(Mutex);
  std::unique_ptr<LoadedEngine> &Slot = Engines[RulesDirectory];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<LoadedEngine>();
  std::string Directory = RulesDirectory.empty()
                              ? ::blastradius::defaultRulesDirectory()
                              : RulesDirectory;
  std::vector<std::string> Errors;
  if (!Slot->Rules.loadDirectories({Directory}, Errors)) {
    Slot->Error = "blastradius rules in '" + Directory +
                  "' could not be loaded: " +
                  (Errors.empty() ? std::string("unknown error") : Errors[0]);
    return *Slot;
  }
  Slot->TheEngine = std::make_unique<::blastradius::Engine>(
      Slot->Rules, ::blastradius::ScanOptions{});
  return *Slot;
}

} // namespace

std::vector<EmbeddedFinding>
analyzeEmbeddedCode(const std::string &RulesDirectory,
                    const std::vector<std::string> &DisabledRules,
                    const std::string &Language, const std::string &Text,
                    std::string &Error) {
  std::vector<EmbeddedFinding> Found;
  LoadedEngine &Loaded = engineFor(RulesDirectory);
  if (!Loaded.TheEngine) {
    Error = Loaded.Error;
    return Found;
  }
  ::blastradius::FileResult Result =
      Loaded.TheEngine->analyzeEmbeddedText("<literal>", Language, Text);
  ::blastradius::SourceText Source(Text);
  for (const ::blastradius::Finding &F : Result.Findings) {
    if (std::find(DisabledRules.begin(), DisabledRules.end(), F.RuleId) !=
        DisabledRules.end())
      continue;
    EmbeddedFinding Out;
    Out.RuleId = F.RuleId;
    Out.Message = F.Message;
    Out.Begin = Source.offset(F.Start);
    Out.End = std::max(Out.Begin, Source.offset(F.End));
    Found.push_back(std::move(Out));
  }
  return Found;
}

} // namespace clang::tidy::blastradius

// A GitHub Actions workflow read from its YAML model: the triggers of `on:` in all its forms, the
// workflow-wide permissions, and every job with its steps. Shared by the github-actions semantic
// analysers so that each judges one concern, not the shape of a workflow file.
#ifndef BLASTRADIUS_SEMANTIC_GITHUBWORKFLOW_H
#define BLASTRADIUS_SEMANTIC_GITHUBWORKFLOW_H

#include "EmbeddedCode.h"
#include "model/Node.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius::gha {

struct Step {
  const model::Node *Body = nullptr;
  /// `uses:` (an action), `run:` (a script), `with:`, `env:`, `if:`, `shell:`; nullptr when absent.
  const model::Node *Uses = nullptr;
  const model::Node *Run = nullptr;
  const model::Node *With = nullptr;
  const model::Node *Env = nullptr;
  const model::Node *If = nullptr;
  const model::Node *Shell = nullptr;

  /// The action `uses:` names, lower-cased, without its `@ref` ("actions/checkout",
  /// "github/codeql-action/upload-sarif"); "" for run steps, local (`./`) and `docker://` actions.
  std::string action() const;
  /// Whether `uses:` names a local action (`./path`) or a container (`docker://...`): code the
  /// workflow file does not show.
  bool usesOpaqueAction() const;
  /// The string value of `with: Key`, or nullptr.
  const model::Node *input(std::string_view Key) const;
};

struct Job {
  std::string_view Id;
  const model::MapEntry *Entry = nullptr;
  const model::Node *Body = nullptr;
  const model::Node *Permissions = nullptr;
  /// `jobs.<id>.uses:`: a call to a reusable workflow, whose steps live elsewhere.
  const model::Node *Uses = nullptr;
  const model::Node *Environment = nullptr;
  const model::Node *If = nullptr;
  const model::Node *Env = nullptr;
  std::vector<Step> Steps;

  bool callsReusableWorkflow() const { return Uses != nullptr; }
  /// `environment: production`, `environment: {name: production}` or an expression naming one.
  bool hasEnvironment() const;
};

struct Workflow {
  const model::Node *Root = nullptr;
  /// The `on:` entry (its key text is "on" whatever a YAML 1.1 reader would make of it).
  const model::MapEntry *On = nullptr;
  /// The trigger names: `on: push`, `on: [push, pull_request]`, `on: {push: ..., pull_request: ...}`.
  std::vector<const model::Node *> Events;
  const model::Node *Permissions = nullptr;
  const model::Node *Env = nullptr;
  std::vector<Job> Jobs;

  bool triggeredBy(std::string_view Event) const;
};

/// The workflows among the documents: every mapping document with a `jobs:` mapping.
std::vector<Workflow> workflows(const std::vector<model::Node> &Documents);

/// A scalar's text, or "" for anything else.
std::string_view scalarText(const model::Node *Value);

/// One simple command of a `run:` script, found by the bash grammar (so comments, quoted strings,
/// `echo` arguments and heredoc bodies are not commands). Offsets are in the script's decoded text.
struct ScriptCommand {
  /// The command's name without its directory ("terraform" for /usr/bin/terraform).
  std::string Name;
  /// Every argument's literal text ("" for computed words) and range.
  std::vector<std::string> Args;
  std::vector<std::pair<uint32_t, uint32_t>> ArgRanges;
  /// The whole command (leading `X=1` assignments included) and its name word.
  uint32_t Begin = 0, End = 0;
  uint32_t NameBegin = 0;
};

/// A `run:` script decoded, with a host offset for every byte.
struct Script {
  EmbeddedSnippet Snippet;
  std::vector<ScriptCommand> Commands;

  /// The host offset of a byte of the decoded text (one past the end allowed).
  uint32_t hostOffset(uint32_t Offset) const;
};

/// The run: script of a step, parsed as bash. GitHub's `${{ ... }}` expressions are blanked (same
/// length) before parsing, so they neither break the parse nor read as commands; the snippet keeps
/// them. nullopt when the step has no string `run:` or the host text cannot be mapped.
std::optional<Script> parseScript(std::string_view Host, const Step &TheStep);

/// Skips wrappers that run the next word as the command (`sudo`, `env A=1`, `npx`, `time` ...):
/// the command's effective name and the index of its first real argument.
std::string effectiveCommand(const ScriptCommand &Command, size_t &FirstArgument);

} // namespace blastradius::gha

#endif

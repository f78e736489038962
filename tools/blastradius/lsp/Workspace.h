// The analysis behind the language server: one open document's current text through the same
// engine, rules, .blastradius.yaml and suppressions as `blastradius scan`. Rules are loaded once per
// project configuration and reloaded when that file changes.
#ifndef BLASTRADIUS_LSP_WORKSPACE_H
#define BLASTRADIUS_LSP_WORKSPACE_H

#include "Config.h"
#include "Report.h"
#include "RuleLoader.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace blastradius::lsp {

/// The rules as one configuration selects them, and that configuration.
struct Project {
  std::string ConfigPath;
  std::string ConfigText;
  RuleSet Rules;
  std::optional<Config> Settings;
  /// The lines `scan` would print for an invalid configuration (nothing is analysed then).
  std::vector<std::string> Errors;
};

struct DocumentResult {
  /// The project whose rules judged the document (keeps every Rule pointer alive).
  std::shared_ptr<const Project> Rules;
  /// The language the scan detects for the file ("" when it knows none).
  std::string Language;
  /// The document's path relative to its source root, as findings name it.
  std::string RelativePath;
  /// Findings not suppressed, in canonical order.
  std::vector<Finding> Findings;
  /// What cut the analysis short or skipped it (too large, binary, syntax errors).
  std::vector<Notification> Notifications;
};

using OpenDocumentLookup = std::function<std::optional<std::string>(const std::string &AbsolutePath)>;

class Workspace {
public:
  Workspace(std::vector<std::string> RuleDirectories, uint64_t MaxFileSize)
      : RuleDirectories(std::move(RuleDirectories)), MaxFileSize(MaxFileSize) {}

  /// The workspace folders (absolute paths): a document inside one has it as its source root.
  void setRoots(std::vector<std::string> Roots) { this->Roots = std::move(Roots); }

  /// Analyses Text as the content of the file at Path. Neighbours (a Terraform module's other files,
  /// `file()` policies) come from OpenDocument first, then the disk.
  DocumentResult analyse(const std::string &Path, const std::string &Text, const OpenDocumentLookup &OpenDocument);

  /// The source root of a document: the innermost workspace folder holding it, or its directory.
  std::string sourceRootFor(const std::string &Path) const;

private:
  std::shared_ptr<const Project> projectFor(const std::string &Path, const std::string &Root);

  std::vector<std::string> RuleDirectories;
  uint64_t MaxFileSize;
  std::vector<std::string> Roots;
  /// By configuration path ("" for none).
  std::map<std::string, std::shared_ptr<const Project>> Projects;
};

} // namespace blastradius::lsp

#endif

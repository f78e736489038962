// The engine's findings in LSP's words: diagnostics (code = rule id, a link to the rule's page,
// severity, related locations, tags), the hover text of a rule, and the "suppress with a reason"
// code action in the document's own comment syntax.
#ifndef BLASTRADIUS_LSP_DIAGNOSTICS_H
#define BLASTRADIUS_LSP_DIAGNOSTICS_H

#include "Report.h"
#include "SourceText.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace blastradius::lsp {

/// LSP DiagnosticSeverity of a level (Error 1, Warning 2, Information 3, Hint 4).
int severityOf(Level L);

/// One finding as an LSP Diagnostic. Rule may be null (a rule the configuration removed since).
nlohmann::json toDiagnostic(const Finding &F, const Rule *R, const SourceText &Source, const std::string &Uri);

/// A notification about the document (too large, binary, syntax errors) as a Diagnostic at its
/// place (the first line when it has none).
nlohmann::json notificationDiagnostic(const Notification &N, const SourceText &Source);

/// Markdown for a hover over a finding: the rule, the message, its help and a link to its page.
std::string hoverText(const Finding &F, const Rule *R);

/// Whether the region of F touches the LSP range [Start, End] (positions as the engine counts).
bool touches(const Finding &F, Position Start, Position End);

/// The text edit that puts `<comment> blastradius-ignore[RuleId]: ` on its own line above the
/// finding's line (same indentation), and where the reason goes; nullopt for a language without
/// line comments (JSON: use a suppressions file).
struct SuppressionEdit {
  nlohmann::json Edit;
  /// LSP position (0-based line, UTF-16 character) right after the inserted `: `.
  unsigned ReasonLine = 0;
  unsigned ReasonCharacter = 0;
};
std::optional<SuppressionEdit> suppressionEdit(const Finding &F, const SourceText &Source, const std::string &Language);

} // namespace blastradius::lsp

#endif

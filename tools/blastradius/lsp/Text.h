// What LSP counts differently from the engine: documents are named by `file://` URIs, and columns
// are UTF-16 code units (the engine counts code points). The conversions live here, in one place.
#ifndef BLASTRADIUS_LSP_TEXT_H
#define BLASTRADIUS_LSP_TEXT_H

#include "SourceText.h"

#include <optional>
#include <string>
#include <string_view>

namespace blastradius::lsp {

/// The absolute path of a `file://` URI (percent-decoded), or nullopt for any other scheme.
std::optional<std::string> pathFromUri(std::string_view Uri);
/// The `file://` URI of an absolute path.
std::string uriFromPath(std::string_view Path);

/// An LSP position (0-based line, UTF-16 character).
struct LspPosition {
  unsigned Line = 0;
  unsigned Character = 0;
};

/// The engine's 1-based line and code-point column as an LSP position in Source.
LspPosition toLsp(const SourceText &Source, Position Pos);
/// An LSP position as the engine's 1-based line and code-point column (clamped to the line).
Position fromLsp(const SourceText &Source, LspPosition Pos);

} // namespace blastradius::lsp

#endif

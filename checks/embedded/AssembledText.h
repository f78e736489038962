//===--- AssembledText.h - blastradius --------------------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//
//
// The text a C++ expression will hold at run time, as far as the source says:
// string literals verbatim (escapes decoded, adjacent literals joined), and a
// placeholder for every part only known at run time. `"rm -rf " + Dir` becomes
// `rm -rf ${Dir}`, so the shell rules see an unvalidated variable exactly
// where the C++ has one. Every byte remembers where it came from, so a finding
// in the text is reported at the literal byte (or the computed expression) it
// points at.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_EMBEDDED_ASSEMBLEDTEXT_H
#define BLASTRADIUS_CHECKS_EMBEDDED_ASSEMBLEDTEXT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::blastradius {

/// How a computed part is written into the text.
enum class PlaceholderStyle {
  /// `${Name}`: a shell variable expansion.
  Shell,
  /// `Name`: an SQL identifier.
  Sql,
};

class AssembledText {
public:
  /// One contiguous part of the text.
  struct Piece {
    size_t Begin = 0;
    size_t Length = 0;
    /// Exactly one of the two is set.
    const StringLiteral *Literal = nullptr;
    const Expr *Computed = nullptr;
  };

  /// The text of \p E: a string literal, a `std::string` built from literals
  /// and computed parts with `+`, `.c_str()`/`.data()` of such a string, or a
  /// local variable initialised with one of those. Returns nothing when \p E
  /// holds no string literal at all (nothing to analyse) or uses wide or
  /// UTF-16/32 literals.
  static std::optional<AssembledText> of(const Expr *E, PlaceholderStyle Style,
                                         const ASTContext &Ctx);

  const std::string &text() const { return Text; }
  const std::vector<Piece> &pieces() const { return Pieces; }

  /// Where byte \p Offset of the text is in the source: inside a literal, the
  /// exact character (escapes and concatenated literals accounted for); in a
  /// computed part, the start of its expression.
  SourceLocation locationOf(size_t Offset, const ASTContext &Ctx) const;

  /// Whether bytes [Begin, End) lie in one piece (so that a range can be
  /// highlighted).
  bool withinOnePiece(size_t Begin, size_t End) const;

private:
  void appendLiteral(const StringLiteral *Literal);
  void appendComputed(const Expr *E, PlaceholderStyle Style);
  bool append(const Expr *E, PlaceholderStyle Style, const ASTContext &Ctx,
              unsigned Depth);
  const Piece *pieceAt(size_t Offset) const;

  std::string Text;
  std::vector<Piece> Pieces;
  bool HasLiteral = false;
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_EMBEDDED_ASSEMBLEDTEXT_H

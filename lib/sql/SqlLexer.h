// A lexer for PostgreSQL and MySQL migration scripts that knows what is code and what is not:
// comments (`--`, `/* */` nested, `#` at the start of a line), string literals ('...' with '',
// E'...' with backslashes), quoted names ("..." and `...`), dollar-quoted bodies ($$...$$,
// $tag$...$tag$) and psql meta-commands (`\connect`) never become words, so a rule can never
// match them. It splits the text into statements on `;` (or a MySQL `DELIMITER`), except inside
// SQL-standard function bodies (BEGIN ATOMIC ... END).
#ifndef BLASTRADIUS_SQL_SQLLEXER_H
#define BLASTRADIUS_SQL_SQLLEXER_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius::sql {

enum class TokenKind { Word, QuotedName, String, Number, Punct, Parameter };

struct Token {
  TokenKind Kind = TokenKind::Punct;
  uint32_t Begin = 0, End = 0;
  /// Word: upper-cased; QuotedName: the name without quotes; String: the content without quotes
  /// (escapes not decoded); Punct: the character; Number, Parameter: as written.
  std::string Text;
  /// Parentheses around the token within its statement (a `(` and its `)` are at the outer depth).
  unsigned Depth = 0;

  bool is(std::string_view UpperWord) const { return Kind == TokenKind::Word && Text == UpperWord; }
  bool isPunct(char C) const { return Kind == TokenKind::Punct && Text.size() == 1 && Text[0] == C; }
  bool isName() const { return Kind == TokenKind::Word || Kind == TokenKind::QuotedName; }
  /// The identifier as the database folds it: words lower-cased, quoted names as written.
  std::string name() const;
};

struct RawStatement {
  /// From the first token's start to the last token's end (the `;` excluded).
  uint32_t Begin = 0, End = 0;
  std::vector<Token> Tokens;
};

/// The statements of Text, in order; empty statements (`;;`) are dropped.
std::vector<RawStatement> splitStatements(std::string_view Text);

} // namespace blastradius::sql

#endif

#include "sql/SqlLexer.h"

#include <re2/re2.h>

#include <cctype>

namespace blastradius::sql {

std::string Token::name() const {
  if (Kind != TokenKind::Word)
    return Text;
  std::string Lower = Text;
  for (char &C : Lower)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return Lower;
}

namespace {

bool isWordStart(char C) {
  unsigned char U = static_cast<unsigned char>(C);
  return std::isalpha(U) || C == '_' || U >= 0x80;
}
bool isWordChar(char C) {
  unsigned char U = static_cast<unsigned char>(C);
  return std::isalnum(U) || C == '_' || C == '$' || U >= 0x80;
}
bool isSpace(char C) { return C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f' || C == '\v'; }

/// MySQL escapes quotes in strings with a backslash ('it\'s'); standard SQL and PostgreSQL do not
/// ('C:\' is a whole string). A file with MySQL's marks is lexed the MySQL way, so that
/// `'it\'s; DROP TABLE x'` stays one string.
bool looksLikeMySql(std::string_view Text) {
  static const RE2 Marks(R"((?i)(`|\bENGINE\s*=|\bAUTO_INCREMENT\b|\bLOCK\s*=\s*NONE\b|(?m:^\s*DELIMITER\s)))");
  return RE2::PartialMatch(Text, Marks);
}

class Lexer {
public:
  explicit Lexer(std::string_view Text) : Text(Text), N(Text.size()), BackslashEscapes(looksLikeMySql(Text)) {}

  std::vector<RawStatement> run() {
    while (I < N) {
      char C = Text[I];
      if (isSpace(C)) {
        ++I;
        continue;
      }
      if (Delimiter != ";" && Text.compare(I, Delimiter.size(), Delimiter) == 0) {
        I += Delimiter.size();
        flush();
        continue;
      }
      if (C == '-' && peek(1) == '-') {
        skipLine();
        continue;
      }
      if (C == '/' && peek(1) == '*') {
        skipBlockComment();
        continue;
      }
      // MySQL's `#` comment; in PostgreSQL `#` is an operator, which never starts a line.
      if ((C == '#' || C == '\\') && atLineStart(I)) {
        // `\connect db`, `\set ON_ERROR_STOP on`: psql meta-commands, not SQL.
        skipLine();
        continue;
      }
      if (Current.Tokens.empty() && (C == 'd' || C == 'D') && atLineStart(I) && delimiterCommand())
        continue;
      lexToken();
    }
    flush();
    return std::move(Out);
  }

private:
  std::string_view Text;
  size_t N, I = 0;
  bool BackslashEscapes;
  std::string Delimiter = ";";
  std::vector<RawStatement> Out;
  RawStatement Current;
  unsigned Depth = 0;
  bool Atomic = false;
  unsigned AtomicCase = 0;

  char peek(size_t Ahead) const { return I + Ahead < N ? Text[I + Ahead] : '\0'; }

  bool atLineStart(size_t P) const {
    while (P > 0 && (Text[P - 1] == ' ' || Text[P - 1] == '\t'))
      --P;
    return P == 0 || Text[P - 1] == '\n' || Text[P - 1] == '\r';
  }

  void skipLine() {
    while (I < N && Text[I] != '\n')
      ++I;
  }

  void skipBlockComment() {
    // PostgreSQL nests block comments.
    unsigned Nesting = 0;
    while (I < N) {
      if (Text[I] == '/' && peek(1) == '*') {
        ++Nesting;
        I += 2;
      } else if (Text[I] == '*' && peek(1) == '/') {
        I += 2;
        if (--Nesting == 0)
          return;
      } else {
        ++I;
      }
    }
  }

  /// `DELIMITER //` on a line of its own (mysql client): the rest of the line is the new separator.
  bool delimiterCommand() {
    static constexpr std::string_view Word = "delimiter";
    if (I + Word.size() >= N || !isSpace(Text[I + Word.size()]))
      return false;
    for (size_t K = 0; K < Word.size(); ++K)
      if (std::tolower(static_cast<unsigned char>(Text[I + K])) != Word[K])
        return false;
    size_t P = I + Word.size();
    while (P < N && (Text[P] == ' ' || Text[P] == '\t'))
      ++P;
    size_t Begin = P;
    while (P < N && !isSpace(Text[P]))
      ++P;
    if (P > Begin)
      Delimiter = std::string(Text.substr(Begin, P - Begin));
    I = P;
    skipLine();
    return true;
  }

  void flush() {
    if (!Current.Tokens.empty()) {
      Current.Begin = Current.Tokens.front().Begin;
      Current.End = Current.Tokens.back().End;
      Out.push_back(std::move(Current));
    }
    Current = RawStatement();
    Depth = 0;
    Atomic = false;
    AtomicCase = 0;
  }

  void push(TokenKind Kind, size_t Begin, std::string Value) {
    Token T;
    T.Kind = Kind;
    T.Begin = static_cast<uint32_t>(Begin);
    T.End = static_cast<uint32_t>(I);
    T.Text = std::move(Value);
    T.Depth = Depth;
    Current.Tokens.push_back(std::move(T));
  }

  /// A quoted run from I (at the opening quote) to the matching close; a doubled quote is part of
  /// the content, and with Backslash a backslash escapes the next byte. Unterminated: to the end.
  std::string quoted(char Quote, bool Backslash) {
    size_t Begin = ++I;
    while (I < N) {
      if (Backslash && Text[I] == '\\') {
        I += 2;
        continue;
      }
      if (Text[I] == Quote) {
        if (peek(1) == Quote) {
          I += 2;
          continue;
        }
        break;
      }
      ++I;
    }
    size_t End = std::min(I, N);
    I = std::min(I + 1, N);
    return std::string(Text.substr(Begin, End - Begin));
  }

  void lexToken() {
    size_t Begin = I;
    char C = Text[I];
    if (C == '\'') {
      std::string S = quoted('\'', BackslashEscapes);
      push(TokenKind::String, Begin, std::move(S));
      return;
    }
    if ((C == 'E' || C == 'e') && peek(1) == '\'') {
      ++I;
      std::string S = quoted('\'', true);
      push(TokenKind::String, Begin, std::move(S));
      return;
    }
    if (C == '"' || C == '`') {
      std::string S = quoted(C, BackslashEscapes && C == '"');
      push(TokenKind::QuotedName, Begin, std::move(S));
      return;
    }
    if (C == '$') {
      if (std::isdigit(static_cast<unsigned char>(peek(1)))) {
        ++I;
        while (I < N && std::isdigit(static_cast<unsigned char>(Text[I])))
          ++I;
        push(TokenKind::Parameter, Begin, std::string(Text.substr(Begin, I - Begin)));
        return;
      }
      size_t P = I + 1;
      if (P < N && isWordStart(Text[P]))
        while (P < N && isWordChar(Text[P]) && Text[P] != '$')
          ++P;
      if (P < N && Text[P] == '$') {
        std::string_view Tag = Text.substr(I, P + 1 - I);
        size_t BodyBegin = P + 1;
        size_t Close = Text.find(Tag, BodyBegin);
        size_t BodyEnd = Close == std::string_view::npos ? N : Close;
        I = Close == std::string_view::npos ? N : Close + Tag.size();
        push(TokenKind::String, Begin, std::string(Text.substr(BodyBegin, BodyEnd - BodyBegin)));
        return;
      }
    }
    if (isWordStart(C)) {
      while (I < N && isWordChar(Text[I]))
        ++I;
      std::string Upper(Text.substr(Begin, I - Begin));
      for (char &Ch : Upper)
        Ch = static_cast<char>(std::toupper(static_cast<unsigned char>(Ch)));
      trackAtomic(Upper);
      push(TokenKind::Word, Begin, std::move(Upper));
      return;
    }
    if (std::isdigit(static_cast<unsigned char>(C)) || (C == '.' && std::isdigit(static_cast<unsigned char>(peek(1))))) {
      while (I < N && (std::isalnum(static_cast<unsigned char>(Text[I])) || Text[I] == '.' || Text[I] == '_'))
        ++I;
      push(TokenKind::Number, Begin, std::string(Text.substr(Begin, I - Begin)));
      return;
    }
    ++I;
    if (C == ';' && Delimiter == ";" && !Atomic) {
      // Split even inside unbalanced parentheses: one broken statement must not swallow the rest.
      flush();
      return;
    }
    if (C == ')' && Depth > 0)
      --Depth;
    push(TokenKind::Punct, Begin, std::string(1, C));
    if (C == '(')
      ++Depth;
  }

  /// CREATE FUNCTION ... BEGIN ATOMIC stmt; stmt; END: the body's `;` do not end the statement.
  void trackAtomic(const std::string &Upper) {
    if (!Atomic) {
      if (Upper == "ATOMIC" && !Current.Tokens.empty() && Current.Tokens.back().is("BEGIN")) {
        Atomic = true;
        AtomicCase = 0;
      }
      return;
    }
    if (Upper == "CASE")
      ++AtomicCase;
    else if (Upper == "END") {
      if (AtomicCase > 0)
        --AtomicCase;
      else
        Atomic = false;
    }
  }
};

} // namespace

std::vector<RawStatement> splitStatements(std::string_view Text) { return Lexer(Text).run(); }

} // namespace blastradius::sql

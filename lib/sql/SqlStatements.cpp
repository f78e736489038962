#include "sql/SqlStatements.h"

#include <algorithm>
#include <initializer_list>

namespace blastradius::sql {

namespace {

/// The tokens of one statement (or one ALTER TABLE action, or one CTE body) at its own level:
/// tokens inside parentheses are skipped, so a subquery's WHERE is never the statement's.
class Reader {
public:
  Reader(const std::vector<Token> &All, size_t Begin, size_t End, unsigned Depth) : All(All) {
    for (size_t K = Begin; K < End; ++K)
      if (All[K].Depth == Depth)
        Top.push_back(K);
  }

  bool atEnd() const { return P >= Top.size(); }
  const Token *peek(size_t Ahead = 0) const { return P + Ahead < Top.size() ? &All[Top[P + Ahead]] : nullptr; }
  size_t index(size_t Ahead = 0) const { return P + Ahead < Top.size() ? Top[P + Ahead] : All.size(); }
  bool peekIs(std::string_view Word, size_t Ahead = 0) const {
    const Token *T = peek(Ahead);
    return T && T->is(Word);
  }
  bool accept(std::string_view Word) {
    if (!peekIs(Word))
      return false;
    ++P;
    return true;
  }
  bool accept(std::initializer_list<std::string_view> Words) {
    size_t K = 0;
    for (std::string_view W : Words)
      if (!peekIs(W, K++))
        return false;
    P += Words.size();
    return true;
  }
  void skip(size_t Count = 1) { P = std::min(P + Count, Top.size()); }

  /// A possibly qualified name (`schema.table`, `"Quoted"`), folded; empty if none is here.
  std::string name() {
    std::string Out;
    while (const Token *T = peek()) {
      if (!T->isName())
        break;
      Out += T->name();
      ++P;
      const Token *Dot = peek();
      if (!Dot || !Dot->isPunct('.'))
        break;
      Out += '.';
      ++P;
    }
    return Out;
  }

  /// Whether Word occurs at this level from the current position on (or, with From = 0, anywhere).
  bool contains(std::string_view Word, size_t From) const {
    for (size_t K = From; K < Top.size(); ++K)
      if (All[Top[K]].is(Word))
        return true;
    return false;
  }
  /// Position of the first Word at this level at or after From, or npos.
  size_t find(std::string_view Word, size_t From = 0) const {
    for (size_t K = From; K < Top.size(); ++K)
      if (All[Top[K]].is(Word))
        return K;
    return std::string::npos;
  }
  bool containsSequence(std::string_view First, std::string_view Second) const {
    for (size_t K = 0; K + 1 < Top.size(); ++K)
      if (All[Top[K]].is(First) && All[Top[K + 1]].is(Second))
        return true;
    return false;
  }
  size_t position() const { return P; }
  void seek(size_t To) { P = std::min(To, Top.size()); }
  size_t size() const { return Top.size(); }
  const Token &at(size_t K) const { return All[Top[K]]; }

private:
  const std::vector<Token> &All;
  std::vector<size_t> Top;
  size_t P = 0;
};

/// `ALGORITHM=INSTANT`, `LOCK = NONE` anywhere at this level: MySQL refuses the statement rather
/// than block writes.
bool hasOnlineGuard(const Reader &R) {
  for (size_t K = 0; K + 1 < R.size(); ++K) {
    const Token &Key = R.at(K);
    size_t V = K + 1;
    if (R.at(V).isPunct('='))
      ++V;
    if (V >= R.size())
      break;
    const Token &Value = R.at(V);
    if ((Key.is("LOCK") && Value.is("NONE")) || (Key.is("ALGORITHM") && Value.is("INSTANT")))
      return true;
  }
  return false;
}

/// A comma-separated list of names (DROP TABLE a, b), stopping at the first non-name.
std::vector<std::string> nameList(Reader &R) {
  std::vector<std::string> Names;
  for (;;) {
    R.accept("ONLY");
    std::string Name = R.name();
    if (Name.empty())
      break;
    Names.push_back(std::move(Name));
    if (const Token *Star = R.peek(); Star && Star->isPunct('*'))
      R.skip();
    const Token *Comma = R.peek();
    if (!Comma || !Comma->isPunct(','))
      break;
    R.skip();
  }
  return Names;
}

/// Words that follow ADD/DROP in ALTER TABLE and are not a column name.
bool isNonColumnKeyword(const Token &T) {
  static constexpr std::string_view Words[] = {
      "CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE", "INDEX",  "KEY",        "FULLTEXT",
      "SPATIAL",    "PARTITION", "DEFAULT", "EXPRESSION", "IDENTITY", "PERIOD", "SYSTEM", "COLUMNS"};
  if (T.Kind != TokenKind::Word)
    return false;
  return std::find(std::begin(Words), std::end(Words), T.Text) != std::end(Words);
}

/// The constraint part of ADD [CONSTRAINT name] ...: R is after ADD.
void readConstraint(Reader &R, const std::vector<Token> &All, AlterAction &A) {
  if (R.accept("CONSTRAINT"))
    if (const Token *T = R.peek(); T && T->isName() && !isNonColumnKeyword(*T))
      A.Constraint = R.name();
  A.NotValid = R.containsSequence("NOT", "VALID");
  A.UsingIndex = R.containsSequence("USING", "INDEX");
  if (R.peekIs("FOREIGN")) {
    A.Kind = ActionKind::AddConstraint;
    A.ForeignKey = true;
    A.Keywords = "ADD FOREIGN KEY";
  } else if (R.peekIs("CHECK")) {
    A.Kind = ActionKind::AddConstraint;
    A.Check = true;
    A.Keywords = "ADD CHECK";
    // CHECK (col IS NOT NULL), the constraint that lets SET NOT NULL skip its scan.
    size_t Open = R.index(1);
    if (Open < All.size() && All[Open].isPunct('(')) {
      unsigned Inner = All[Open].Depth + 1;
      std::vector<const Token *> Body;
      for (size_t K = Open + 1; K < All.size() && All[K].Depth >= Inner; ++K)
        Body.push_back(&All[K]);
      if (Body.size() == 4 && Body[0]->isName() && Body[1]->is("IS") && Body[2]->is("NOT") && Body[3]->is("NULL"))
        A.CheckNotNullColumn = Body[0]->name();
    }
  } else if (R.peekIs("UNIQUE") || R.peekIs("PRIMARY") || R.peekIs("EXCLUDE")) {
    A.Kind = ActionKind::AddIndex;
    A.Keywords = R.peekIs("UNIQUE") ? "ADD UNIQUE" : R.peekIs("PRIMARY") ? "ADD PRIMARY KEY" : "ADD EXCLUDE";
  } else {
    A.Kind = ActionKind::Other;
  }
}

/// One action of ALTER TABLE, tokens [Begin, End) at Depth.
AlterAction readAction(const std::vector<Token> &All, size_t Begin, size_t End, unsigned Depth) {
  AlterAction A;
  A.Begin = All[Begin].Begin;
  A.End = All[End - 1].End;
  Reader R(All, Begin, End, Depth);
  if (R.accept("ADD")) {
    if (R.peekIs("CONSTRAINT") || R.peekIs("PRIMARY") || R.peekIs("FOREIGN") || R.peekIs("CHECK") ||
        R.peekIs("EXCLUDE") || (R.peekIs("UNIQUE") && !R.peekIs("INDEX", 1) && !R.peekIs("KEY", 1) &&
                                 R.peek(1) && R.peek(1)->isPunct('('))) {
      readConstraint(R, All, A);
      return A;
    }
    if (R.peekIs("INDEX") || R.peekIs("KEY") || R.peekIs("UNIQUE") || R.peekIs("FULLTEXT") || R.peekIs("SPATIAL")) {
      A.Kind = ActionKind::AddIndex;
      A.Keywords = "ADD " + R.peek()->Text;
      return A;
    }
    if (R.peekIs("PARTITION") || R.peekIs("COLUMNS"))
      return A;
    R.accept("COLUMN");
    R.accept({"IF", "NOT", "EXISTS"});
    A.Column = R.name();
    if (A.Column.empty())
      return A;
    A.Kind = ActionKind::AddColumn;
    A.Keywords = "ADD COLUMN";
    A.NotNull = R.containsSequence("NOT", "NULL");
    A.HasDefault = R.contains("DEFAULT", R.position());
    static constexpr std::string_view Filling[] = {"GENERATED",   "IDENTITY", "AUTO_INCREMENT", "SERIAL",
                                                   "BIGSERIAL",   "SMALLSERIAL", "SERIAL2",     "SERIAL4",
                                                   "SERIAL8"};
    for (std::string_view W : Filling)
      A.FillsItself = A.FillsItself || R.contains(W, R.position());
    return A;
  }
  if (R.accept("DROP")) {
    if (const Token *T = R.peek(); !T || (isNonColumnKeyword(*T) && !T->is("COLUMN")))
      return A;
    R.accept("COLUMN");
    R.accept({"IF", "EXISTS"});
    A.Column = R.name();
    if (!A.Column.empty()) {
      A.Kind = ActionKind::DropColumn;
      A.Keywords = "DROP COLUMN";
    }
    return A;
  }
  if (R.accept("ALTER")) {
    if (R.peekIs("CONSTRAINT") || R.peekIs("INDEX"))
      return A;
    R.accept("COLUMN");
    A.Column = R.name();
    if (A.Column.empty())
      return A;
    if (R.accept("TYPE") || R.accept({"SET", "DATA", "TYPE"})) {
      A.Kind = ActionKind::AlterColumnType;
      A.Keywords = "ALTER COLUMN ... TYPE";
    } else if (R.accept({"SET", "NOT", "NULL"})) {
      A.Kind = ActionKind::SetNotNull;
      A.Keywords = "ALTER COLUMN ... SET NOT NULL";
    }
    return A;
  }
  if (R.accept("RENAME")) {
    if (R.accept("TO") || R.accept("AS")) {
      A.Kind = ActionKind::RenameTable;
      A.NewName = R.name();
      A.Keywords = "RENAME TO";
      return A;
    }
    if (R.peekIs("CONSTRAINT") || R.peekIs("INDEX") || R.peekIs("KEY"))
      return A;
    R.accept("COLUMN");
    A.Column = R.name();
    if (!A.Column.empty() && R.accept("TO")) {
      A.Kind = ActionKind::RenameColumn;
      A.NewName = R.name();
      A.Keywords = "RENAME COLUMN";
    }
    return A;
  }
  if (R.peekIs("CHANGE") || R.peekIs("MODIFY")) {
    bool Change = R.peekIs("CHANGE");
    R.skip();
    R.accept("COLUMN");
    A.Column = R.name();
    if (A.Column.empty())
      return A;
    if (Change) {
      A.NewName = R.name();
      if (!A.NewName.empty() && A.NewName != A.Column) {
        A.Kind = ActionKind::RenameColumn;
        A.Keywords = "CHANGE COLUMN";
        return A;
      }
    }
    A.Kind = ActionKind::RedefineColumn;
    A.Keywords = Change ? "CHANGE COLUMN" : "MODIFY COLUMN";
    return A;
  }
  if (R.accept({"VALIDATE", "CONSTRAINT"})) {
    A.Kind = ActionKind::ValidateConstraint;
    A.Constraint = R.name();
    return A;
  }
  return A;
}

void readAlterTable(const std::vector<Token> &All, size_t Begin, size_t End, unsigned Depth, Reader &R,
                    Statement &S) {
  S.Kind = StatementKind::AlterTable;
  S.Keywords = "ALTER TABLE";
  S.IfExists = R.accept({"IF", "EXISTS"});
  R.accept("ONLY");
  std::string Table = R.name();
  if (Table.empty())
    return;
  S.Tables.push_back(Table);
  if (const Token *Star = R.peek(); Star && Star->isPunct('*'))
    R.skip();
  S.OnlineGuard = hasOnlineGuard(R);
  S.Concurrently = R.contains("CONCURRENTLY", 0); // DETACH PARTITION ... CONCURRENTLY
  // The actions: split the rest at commas of this level.
  size_t ActionBegin = R.index();
  for (size_t K = ActionBegin; K <= End && ActionBegin < End; ++K) {
    bool Split = K == End || (All[K].Depth == Depth && All[K].isPunct(','));
    if (!Split)
      continue;
    if (K > ActionBegin)
      S.Actions.push_back(readAction(All, ActionBegin, K, Depth));
    ActionBegin = K + 1;
  }
  (void)Begin;
}

/// A timeout value that switches the timeout off: 0 (also '0', '0s', '0ms'), or DEFAULT (0 unless
/// the server is configured otherwise, which a migration cannot rely on).
bool isZero(const Token &T) {
  if (T.is("DEFAULT"))
    return true;
  return (T.Kind == TokenKind::Number || T.Kind == TokenKind::String) && (T.Text == "0" || T.Text == "0ms" ||
                                                                          T.Text == "0s");
}

Statement classify(const std::vector<Token> &All, size_t Begin, size_t End, unsigned Depth);

/// The targets of `SET a = ..., t.b = ...` from position From, up to FROM/WHERE/RETURNING; empty
/// if one of them is not a plain (possibly qualified) column.
std::vector<std::string> assignedColumns(const Reader &R, size_t From) {
  std::vector<std::string> Columns;
  bool ExpectTarget = true;
  for (size_t K = From; K < R.size(); ++K) {
    const Token &T = R.at(K);
    if (T.is("FROM") || T.is("WHERE") || T.is("RETURNING"))
      break;
    if (T.isPunct(',')) {
      ExpectTarget = true;
      continue;
    }
    if (!ExpectTarget)
      continue;
    // name [. name]* =
    size_t J = K;
    std::string Last;
    while (J < R.size() && R.at(J).isName()) {
      Last = R.at(J).name();
      if (J + 1 < R.size() && R.at(J + 1).isPunct('.'))
        J += 2;
      else
        break;
    }
    if (Last.empty() || J + 1 >= R.size() || !R.at(J + 1).isPunct('='))
      return {};
    Columns.push_back(Last);
    K = J + 1;
    ExpectTarget = false;
  }
  return Columns;
}

/// WITH name [(cols)] AS [NOT] [MATERIALIZED] (body), ... main: the data-modifying bodies become
/// Nested statements and the main statement is classified as S.
void readWith(const std::vector<Token> &All, size_t End, unsigned Depth, Reader &R, Statement &S) {
  R.accept("RECURSIVE");
  for (;;) {
    if (R.name().empty())
      return;
    if (const Token *Open = R.peek(); Open && Open->isPunct('('))
      R.skip(2); // (columns): the `(` and `)` are at this level, their content is not
    if (!R.accept("AS"))
      return;
    R.accept("NOT");
    R.accept("MATERIALIZED");
    const Token *Open = R.peek();
    if (!Open || !Open->isPunct('('))
      return;
    size_t BodyBegin = R.index() + 1;
    R.skip();
    size_t BodyEnd = R.index(); // the matching `)`, or the end
    if (BodyEnd > End)
      BodyEnd = End;
    if (BodyBegin < BodyEnd) {
      Statement Body = classify(All, BodyBegin, BodyEnd, Depth + 1);
      if (Body.Kind == StatementKind::Delete || Body.Kind == StatementKind::Update)
        S.Nested.push_back(std::move(Body));
    }
    if (const Token *Close = R.peek(); Close && Close->isPunct(')'))
      R.skip();
    const Token *Comma = R.peek();
    if (!Comma || !Comma->isPunct(','))
      break;
    R.skip();
  }
  std::vector<Statement> Nested = std::move(S.Nested);
  size_t MainBegin = R.index();
  if (MainBegin < End && !All[MainBegin].is("WITH")) // WITH ... WITH is no statement; do not recurse
    S = classify(All, MainBegin, End, Depth);
  for (Statement &N : Nested)
    S.Nested.push_back(std::move(N));
}

void readWhere(Reader &R, Statement &S) {
  size_t Where = R.find("WHERE");
  if (Where == std::string::npos)
    return;
  S.Where = true;
  size_t Rest = R.size() - Where - 1;
  if (Rest == 1 && R.at(Where + 1).is("TRUE"))
    S.WhereAlwaysTrue = true;
  if (Rest == 3 && R.at(Where + 1).Kind == TokenKind::Number && R.at(Where + 2).isPunct('=') &&
      R.at(Where + 3).Kind == TokenKind::Number && R.at(Where + 1).Text == R.at(Where + 3).Text)
    S.WhereAlwaysTrue = true;
}

/// How deep WITH bodies are followed: real migrations nest one or two; a generated or hostile
/// file must not exhaust the stack.
constexpr unsigned MaxWithDepth = 16;

/// CREATE [OR REPLACE] [TEMP] TABLE | SCHEMA | DATABASE | [UNIQUE] INDEX ..., after CREATE.
void readCreate(Reader &R, Statement &S) {
  S.OrReplace = R.accept({"OR", "REPLACE"});
  R.accept("GLOBAL") || R.accept("LOCAL");
  S.Temporary = R.accept("TEMP") || R.accept("TEMPORARY");
  R.accept("UNLOGGED");
  if (R.accept("TABLE")) {
    S.Kind = StatementKind::CreateTable;
    S.Keywords = "CREATE TABLE";
    S.IfNotExists = R.accept({"IF", "NOT", "EXISTS"});
    if (std::string Name = R.name(); !Name.empty())
      S.Tables.push_back(Name);
    return;
  }
  if (R.accept("SCHEMA") || R.accept("DATABASE")) {
    S.Kind = StatementKind::CreateSchema;
    S.IfNotExists = R.accept({"IF", "NOT", "EXISTS"});
    if (std::string Name = R.name(); !Name.empty())
      S.Tables.push_back(Name);
    return;
  }
  R.accept("UNIQUE") || R.accept("FULLTEXT") || R.accept("SPATIAL");
  if (R.accept("INDEX")) {
    S.Kind = StatementKind::CreateIndex;
    S.Keywords = "CREATE INDEX";
    S.Concurrently = R.accept("CONCURRENTLY");
    S.IfNotExists = R.accept({"IF", "NOT", "EXISTS"});
    if (!R.peekIs("ON"))
      S.Index = R.name();
    size_t On = R.find("ON", R.position());
    if (On != std::string::npos) {
      R.seek(On + 1);
      R.accept("ONLY");
      if (std::string Table = R.name(); !Table.empty())
        S.Tables.push_back(Table);
    }
    S.OnlineGuard = hasOnlineGuard(R);
  }
}

/// DROP TABLE | SCHEMA | DATABASE | INDEX ..., after DROP.
void readDrop(Reader &R, Statement &S) {
  S.Temporary = R.accept("TEMPORARY");
  if (R.accept("TABLE")) {
    S.Kind = StatementKind::DropTable;
    S.Keywords = "DROP TABLE";
  } else if (R.peekIs("SCHEMA") || R.peekIs("DATABASE")) {
    S.Kind = StatementKind::DropSchema;
    S.Keywords = "DROP " + R.peek()->Text;
    R.skip();
  } else if (R.accept("INDEX")) {
    S.Kind = StatementKind::DropIndex;
    S.Keywords = "DROP INDEX";
    S.Concurrently = R.accept("CONCURRENTLY");
  } else {
    return;
  }
  S.IfExists = R.accept({"IF", "EXISTS"});
  std::vector<std::string> Names = nameList(R);
  if (S.Kind == StatementKind::DropIndex) {
    if (!Names.empty())
      S.Index = Names.front();
    if (R.accept("ON")) // MySQL: DROP INDEX i ON t
      if (std::string Table = R.name(); !Table.empty())
        S.Tables.push_back(Table);
    S.OnlineGuard = hasOnlineGuard(R);
  } else {
    S.Tables = std::move(Names);
  }
  S.Cascade = R.contains("CASCADE", R.position());
}

/// DELETE [FROM] t [WHERE ...], after DELETE.
void readDelete(Reader &R, Statement &S) {
  S.Kind = StatementKind::Delete;
  S.Keywords = "DELETE";
  while (R.accept("LOW_PRIORITY") || R.accept("QUICK") || R.accept("IGNORE")) {
  }
  // MySQL multi-table form: DELETE t1 FROM t1 JOIN t2 ON ...: the join restricts the rows.
  bool MultiTable = !R.peekIs("FROM");
  size_t From = R.find("FROM", R.position());
  if (From != std::string::npos) {
    R.seek(From + 1);
    R.accept("ONLY");
    if (std::string Table = R.name(); !Table.empty())
      S.Tables.push_back(Table);
  }
  S.JoinOn = MultiTable && R.contains("ON", 0);
  readWhere(R, S);
}

/// UPDATE t [JOIN ... ON] SET ... [WHERE ...], after UPDATE.
void readUpdate(Reader &R, Statement &S) {
  S.Kind = StatementKind::Update;
  S.Keywords = "UPDATE";
  while (R.accept("LOW_PRIORITY") || R.accept("IGNORE")) {
  }
  R.accept("ONLY");
  if (std::string Table = R.name(); !Table.empty())
    S.Tables.push_back(Table);
  // MySQL UPDATE a JOIN b ON ... SET: an ON before SET restricts the rows.
  size_t Set = R.find("SET", R.position());
  size_t On = R.find("ON", R.position());
  S.JoinOn = On != std::string::npos && Set != std::string::npos && On < Set;
  readWhere(R, S);
  if (Set != std::string::npos)
    S.SetColumns = assignedColumns(R, Set + 1);
}

/// SET [SESSION|LOCAL|GLOBAL] name = value | TO value, after SET.
void readSet(Reader &R, Statement &S) {
  R.accept("SESSION") || R.accept("LOCAL") || R.accept("GLOBAL");
  // MySQL: SET @@session.lock_wait_timeout = 5
  std::string Name;
  while (const Token *T = R.peek()) {
    if (T->isPunct('=') || T->is("TO"))
      break;
    if (T->isName())
      Name = T->name();
    R.skip();
  }
  if (Name.empty() || R.atEnd())
    return;
  R.skip();
  S.Kind = StatementKind::Set;
  S.Variable = Name;
  if (const Token *V = R.peek())
    S.Value = isZero(*V) ? "0" : V->Text;
}

/// SELECT set_config('name', 'value', ...), after SELECT.
void readSetConfig(const std::vector<Token> &All, size_t End, Reader &R, Statement &S) {
  // SELECT set_config('lock_timeout', '5s', true)
  const Token *Fn = R.peek();
  if (Fn && Fn->is("SET_CONFIG") && R.index() + 4 < End) {
    const Token &Open = All[R.index() + 1], &Name = All[R.index() + 2], &Comma = All[R.index() + 3],
                &Value = All[R.index() + 4];
    if (Open.isPunct('(') && Name.Kind == TokenKind::String && Comma.isPunct(',')) {
      S.Kind = StatementKind::SetConfig;
      S.Variable = Name.Text;
      S.Value = isZero(Value) ? "0" : Value.Text;
    }
  }
}

Statement classify(const std::vector<Token> &All, size_t Begin, size_t End, unsigned Depth) {
  Statement S;
  S.Begin = All[Begin].Begin;
  S.End = All[End - 1].End;
  Reader R(All, Begin, End, Depth);
  if (R.accept("WITH")) {
    if (Depth >= MaxWithDepth)
      return S;
    readWith(All, End, Depth, R, S);
    return S;
  }
  if (R.accept("CREATE")) {
    readCreate(R, S);
    return S;
  }
  if (R.accept("DROP")) {
    readDrop(R, S);
    return S;
  }
  if (R.accept("TRUNCATE")) {
    S.Kind = StatementKind::Truncate;
    S.Keywords = "TRUNCATE";
    R.accept("TABLE");
    S.Tables = nameList(R);
    S.Cascade = R.contains("CASCADE", R.position());
    return S;
  }
  if (R.accept("DELETE")) {
    readDelete(R, S);
    return S;
  }
  if (R.accept("UPDATE")) {
    readUpdate(R, S);
    return S;
  }
  if (R.accept("ALTER")) {
    R.accept("ONLINE") || R.accept("IGNORE");
    if (R.accept("TABLE"))
      readAlterTable(All, Begin, End, Depth, R, S);
    return S;
  }
  if (R.accept({"RENAME", "TABLE"})) {
    S.Kind = StatementKind::RenameTable;
    S.Keywords = "RENAME TABLE";
    if (std::string Table = R.name(); !Table.empty())
      S.Tables.push_back(Table);
    if (R.accept("TO"))
      S.NewName = R.name();
    return S;
  }
  if (R.accept("REINDEX")) {
    S.Kind = StatementKind::Reindex;
    S.Keywords = "REINDEX";
    S.Concurrently = R.contains("CONCURRENTLY", 0);
    return S;
  }
  if (R.peekIs("BEGIN") || R.accept({"START", "TRANSACTION"})) {
    if (R.accept("BEGIN") && (R.peekIs("ATOMIC") || R.peekIs("DISTRIBUTED")))
      return S;
    S.Kind = StatementKind::Begin;
    return S;
  }
  if (R.peekIs("COMMIT") || R.peekIs("END") || R.peekIs("ABORT") || R.peekIs("ROLLBACK")) {
    bool Rollback = R.peekIs("ROLLBACK");
    R.skip();
    R.accept("WORK") || R.accept("TRANSACTION");
    if (Rollback && R.peekIs("TO"))
      return S; // ROLLBACK TO SAVEPOINT stays in the transaction
    if (R.peekIs("PREPARED"))
      return S;
    S.Kind = StatementKind::End;
    return S;
  }
  if (R.accept("SET")) {
    readSet(R, S);
    return S;
  }
  if (R.accept("RESET")) {
    if (std::string Name = R.name(); !Name.empty()) {
      S.Kind = StatementKind::Set;
      S.Variable = Name;
      S.Value = "0";
    }
    return S;
  }
  if (R.accept("SELECT")) {
    readSetConfig(All, End, R, S);
    return S;
  }
  return S;
}

} // namespace

std::vector<Statement> parseStatements(std::string_view Text) {
  std::vector<Statement> Out;
  for (const RawStatement &Raw : splitStatements(Text)) {
    Statement S = classify(Raw.Tokens, 0, Raw.Tokens.size(), 0);
    S.Begin = Raw.Begin;
    S.End = Raw.End;
    Out.push_back(std::move(S));
  }
  return Out;
}

bool sameTable(std::string_view A, std::string_view B) {
  if (A == B)
    return true;
  auto Last = [](std::string_view Name) {
    size_t Dot = Name.rfind('.');
    return Dot == std::string_view::npos ? Name : Name.substr(Dot + 1);
  };
  bool AQualified = A.find('.') != std::string_view::npos, BQualified = B.find('.') != std::string_view::npos;
  if (AQualified && BQualified)
    return false;
  return Last(A) == Last(B);
}

} // namespace blastradius::sql

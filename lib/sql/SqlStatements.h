// The statement model of a SQL script (PostgreSQL first, MySQL second): each statement's kind,
// its target tables, the flags that decide whether it is guarded (CONCURRENTLY, IF EXISTS,
// CASCADE, a top-level WHERE, MySQL's LOCK=NONE ...) and, for ALTER TABLE, its actions. Built
// from the lexer's tokens, statement by statement, so it holds where the tree-sitter grammar
// (@derekstride/tree-sitter-sql 0.3.11) yields ERROR nodes: it does not know NOT VALID,
// ALGORITHM=INPLACE, DELIMITER or many PostgreSQL forms, and one such statement must neither hide
// the others nor be lost itself (the engine reports the syntax error as a notification).
#ifndef BLASTRADIUS_SQL_SQLSTATEMENTS_H
#define BLASTRADIUS_SQL_SQLSTATEMENTS_H

#include "sql/SqlLexer.h"

#include <string>
#include <string_view>
#include <vector>

namespace blastradius::sql {

enum class StatementKind {
  Other,
  CreateTable,
  CreateSchema,
  CreateIndex,
  DropIndex,
  DropTable,
  DropSchema,   // also DROP DATABASE
  Truncate,
  Delete,
  Update,
  AlterTable,
  RenameTable,  // MySQL RENAME TABLE a TO b
  Reindex,
  Begin,        // BEGIN, START TRANSACTION
  End,          // COMMIT, END, ROLLBACK (not ROLLBACK TO SAVEPOINT), ABORT
  Set,          // SET [SESSION|LOCAL] name = value, RESET name (Value "0")
  SetConfig,    // SELECT set_config('name', 'value', ...)
};

enum class ActionKind {
  Other,
  AddColumn,
  DropColumn,
  AlterColumnType,
  SetNotNull,
  AddConstraint,
  AddIndex,         // MySQL ADD INDEX/KEY/UNIQUE, PostgreSQL ADD CONSTRAINT ... UNIQUE/PRIMARY KEY/EXCLUDE
  RenameTable,
  RenameColumn,
  RedefineColumn,   // MySQL MODIFY/CHANGE: the whole column definition again
  ValidateConstraint,
};

/// One action of an ALTER TABLE (they are separated by top-level commas).
struct AlterAction {
  ActionKind Kind = ActionKind::Other;
  uint32_t Begin = 0, End = 0;
  std::string Column;     // the column acted on (the old name for renames)
  std::string NewName;    // renames: the new name
  std::string Constraint; // ADD CONSTRAINT / VALIDATE CONSTRAINT: its name
  std::string Keywords;   // the leading words, for messages: "DROP COLUMN", "ALTER COLUMN ... TYPE"
  bool NotNull = false, HasDefault = false, FillsItself = false; // ADD COLUMN: GENERATED/IDENTITY/serial/AUTO_INCREMENT
  bool ForeignKey = false, Check = false, NotValid = false, UsingIndex = false;
  /// CHECK (col IS NOT NULL): that column.
  std::string CheckNotNullColumn;
};

struct Statement {
  StatementKind Kind = StatementKind::Other;
  uint32_t Begin = 0, End = 0;
  /// The leading keywords ("DROP TABLE", "CREATE INDEX"), for messages.
  std::string Keywords;
  /// Target tables (schemas for DropSchema/CreateSchema), folded: `public.users`, `users`.
  std::vector<std::string> Tables;
  std::string Index;      // CREATE INDEX / DROP INDEX: the index name
  std::string NewName;    // RENAME TABLE a TO b: b
  std::string Variable;   // Set, SetConfig: the setting, lower-cased
  std::string Value;      // Set, SetConfig: its value as written (quotes removed)
  bool Concurrently = false, IfExists = false, IfNotExists = false, Cascade = false;
  bool Temporary = false, OrReplace = false;
  bool Where = false;       // a WHERE at the statement's own level (not in a subquery)
  bool WhereAlwaysTrue = false; // WHERE TRUE, WHERE 1 = 1
  bool JoinOn = false;      // MySQL multi-table DELETE/UPDATE restricted by JOIN ... ON
  bool OnlineGuard = false; // MySQL LOCK=NONE or ALGORITHM=INSTANT
  /// UPDATE: the columns its SET assigns (folded, without table prefix); empty when a target is
  /// not a plain column (`(a, b) = ...`).
  std::vector<std::string> SetColumns;
  std::vector<AlterAction> Actions;
  /// Data-modifying statements inside WITH (... AS (DELETE ...)).
  std::vector<Statement> Nested;
};

/// Every statement of Text, classified.
std::vector<Statement> parseStatements(std::string_view Text);

/// Whether two folded table names denote the same table (`public.users` and `users` do).
bool sameTable(std::string_view A, std::string_view B);

} // namespace blastradius::sql

#endif

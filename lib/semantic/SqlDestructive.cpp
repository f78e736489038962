// Destructive SQL wherever it is: DROP TABLE/COLUMN/SCHEMA/DATABASE, TRUNCATE, DELETE and UPDATE
// without a WHERE of their own, and a table dropped then created again. Every .sql file and SQL
// embedded in other files (`psql -c '...'`). Not reported: statements on a table (schema) the
// same script created earlier, which holds nothing yet, and UPDATEs that only fill columns the
// script added (a backfill); comments and string literals (the lexer
// never makes words of them). In the rollback direction of a migration (`*.down.sql`, after
// `-- +goose Down`) the findings are notes: dropping what the up direction created is its job.
#include "semantic/Analyzers.h"
#include "sql/MigrationFiles.h"
#include "sql/SqlScript.h"

namespace blastradius {

namespace {

using namespace sql;

std::string joinNames(const std::vector<std::string> &Names) {
  std::string Out;
  for (const std::string &N : Names)
    Out += (Out.empty() ? "" : ", ") + N;
  return Out;
}

class SqlDestructive final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "sql-destructive"; }
  std::string_view description() const override {
    return "SQL that deletes tables, columns, schemas or every row, in any .sql file and in embedded SQL";
  }
  std::vector<std::string_view> ruleIds() const override {
    return {"sql-drop-table",          "sql-drop-column",          "sql-drop-schema-or-database",
            "sql-truncate",            "sql-delete-without-where", "sql-update-without-where",
            "sql-drop-then-create"};
  }
  bool appliesTo(std::string_view Language) const override { return Language == "sql"; }

  void analyze(SemanticContext &Context) const override {
    std::vector<Statement> Statements = parseStatements(Context.text());
    uint32_t DownStart = Context.embedded() ? UINT32_MAX : downSectionStart(Context.path(), Context.text());
    CreatedInScript Created;
    // Tables dropped (while they held data) earlier in the script.
    std::vector<std::string> Dropped;
    for (const Statement &S : Statements) {
      std::optional<Level> LevelOverride;
      if (S.Begin >= DownStart)
        LevelOverride = Level::Note;
      judge(Context, S, Created, Dropped, LevelOverride);
      for (const Statement &Nested : S.Nested)
        judge(Context, Nested, Created, Dropped, LevelOverride);
      Created.update(S);
    }
  }

private:
  static void judge(SemanticContext &Context, const Statement &S, const CreatedInScript &Created,
                    std::vector<std::string> &Dropped, std::optional<Level> LevelOverride) {
    auto Report = [&](std::string_view Rule, uint32_t Begin, uint32_t End, std::string Detail) {
      Context.report(Rule, Begin, End, std::move(Detail), LevelOverride);
    };
    std::string Cascade = S.Cascade ? " with CASCADE (which also drops every view and foreign key that depends on it)" : "";
    switch (S.Kind) {
    case StatementKind::DropTable: {
      std::vector<std::string> Old;
      for (const std::string &T : S.Tables)
        if (!Created.table(T) && !S.Temporary)
          Old.push_back(T);
      if (Old.empty())
        return;
      Report("sql-drop-table", S.Begin, S.End, joinNames(Old) + Cascade);
      Dropped.insert(Dropped.end(), Old.begin(), Old.end());
      return;
    }
    case StatementKind::CreateTable:
      for (const std::string &T : S.Tables)
        for (auto D = Dropped.begin(); D != Dropped.end(); ++D)
          if (sameTable(T, *D)) {
            Report("sql-drop-then-create", S.Begin, S.End, T);
            Dropped.erase(D); // the re-created table is new from here on
            return;
          }
      return;
    case StatementKind::DropSchema: {
      std::vector<std::string> Old;
      for (const std::string &T : S.Tables)
        if (!Created.schema(T))
          Old.push_back(T);
      if (Old.empty())
        return;
      std::string What = S.Keywords + " " + joinNames(Old);
      if (S.Keywords == "DROP DATABASE")
        What += " deletes the whole database at once";
      else if (S.Cascade)
        What += " CASCADE deletes every table, view and function in it at once";
      else
        What += " deletes the schema (PostgreSQL refuses while it holds objects; in MySQL it is DROP DATABASE)";
      Report("sql-drop-schema-or-database", S.Begin, S.End, What);
      return;
    }
    case StatementKind::Truncate: {
      std::vector<std::string> Old;
      for (const std::string &T : S.Tables)
        if (!Created.table(T))
          Old.push_back(T);
      if (!Old.empty())
        Report("sql-truncate", S.Begin, S.End, joinNames(Old) + Cascade);
      return;
    }
    case StatementKind::Delete:
    case StatementKind::Update: {
      bool Restricted = (S.Where && !S.WhereAlwaysTrue) || S.JoinOn;
      if (Restricted || S.Tables.empty() || Created.table(S.Tables.front()))
        return;
      // A backfill of columns the script just added overwrites nothing but their defaults.
      if (S.Kind == StatementKind::Update && !S.SetColumns.empty()) {
        bool OnlyNewColumns = true;
        for (const std::string &C : S.SetColumns)
          OnlyNewColumns = OnlyNewColumns && Created.addedColumn(S.Tables.front(), C);
        if (OnlyNewColumns)
          return;
      }
      std::string Detail = S.Tables.front() + (S.WhereAlwaysTrue ? " (its WHERE is always true)" : "");
      Report(S.Kind == StatementKind::Delete ? "sql-delete-without-where" : "sql-update-without-where", S.Begin, S.End,
             Detail);
      return;
    }
    case StatementKind::AlterTable:
      if (S.Tables.empty() || Created.table(S.Tables.front()))
        return;
      for (const AlterAction &A : S.Actions)
        if (A.Kind == ActionKind::DropColumn)
          Report("sql-drop-column", A.Begin, A.End, S.Tables.front() + "." + A.Column);
      return;
    default:
      return;
    }
  }
};

} // namespace

const SemanticAnalyzer &sqlDestructiveAnalyzer() {
  static const SqlDestructive Instance;
  return Instance;
}

} // namespace blastradius

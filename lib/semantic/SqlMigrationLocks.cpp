// Schema changes in a migration that lock or rewrite a live table, or break the running code:
// indexes built without CONCURRENTLY, CONCURRENTLY inside a transaction (an error), NOT NULL
// columns without a default, SET NOT NULL, column type changes, constraints validated under the
// lock (no NOT VALID), renames, and DDL with no lock_timeout. Migration files only (see
// sql/MigrationFiles.cpp), never embedded SQL and never the rollback direction. A table the same
// migration created is new and empty: nothing here applies to it. MySQL has no CONCURRENTLY and
// no NOT VALID: `LOCK=NONE` (or `ALGORITHM=INSTANT`) on the statement is its guard, as the server
// then refuses the change instead of blocking writes.
#include "semantic/Analyzers.h"
#include "sql/MigrationFiles.h"
#include "sql/SqlScript.h"

#include <set>
#include <utility>

namespace blastradius {

namespace {

using namespace sql;

/// The settings that bound how long a statement waits for its lock (PostgreSQL, then MySQL).
bool isTimeoutSetting(std::string_view Name) {
  return Name == "lock_timeout" || Name == "statement_timeout" || Name == "lock_wait_timeout" ||
         Name == "innodb_lock_wait_timeout";
}

class SqlMigrationLocks final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "sql-migration-locks"; }
  std::string_view description() const override {
    return "Migration statements that lock or rewrite existing tables, or rename what running code uses";
  }
  std::vector<std::string_view> ruleIds() const override {
    return {"sql-index-without-concurrently",
            "sql-concurrently-in-transaction",
            "sql-add-column-not-null-without-default",
            "sql-set-not-null",
            "sql-alter-column-type",
            "sql-constraint-without-not-valid",
            "sql-rename",
            "sql-missing-lock-timeout"};
  }
  bool appliesTo(std::string_view Language) const override { return Language == "sql"; }

  void analyze(SemanticContext &Context) const override {
    if (Context.embedded() || !isMigrationFile(Context.path(), Context.services().AbsolutePath, Context.text()))
      return;
    uint32_t DownStart = downSectionStart(Context.path(), Context.text());
    State St;
    for (const Statement &S : parseStatements(Context.text())) {
      if (S.Begin >= DownStart)
        break;
      judge(Context, S, St);
      St.Created.update(S);
    }
  }

private:
  struct State {
    CreatedInScript Created;
    bool InTransaction = false;
    bool TimeoutSet = false;
    bool TimeoutReported = false;
    /// Indexes created on new tables (dropping them again is harmless).
    std::set<std::string> NewIndexes;
    /// CHECK (col IS NOT NULL) NOT VALID constraints: name -> (table, column).
    std::vector<std::pair<std::string, std::pair<std::string, std::string>>> PendingChecks;
    /// (table, column) with a validated CHECK (col IS NOT NULL): SET NOT NULL skips its scan.
    std::vector<std::pair<std::string, std::string>> ValidatedNotNull;
  };

  static void lockingDdl(SemanticContext &Context, const Statement &S, State &St) {
    if (St.TimeoutSet || St.TimeoutReported)
      return;
    St.TimeoutReported = true;
    std::string Detail = S.Keywords;
    if (!S.Tables.empty())
      Detail += " " + S.Tables.front();
    else if (!S.Index.empty())
      Detail += " " + S.Index;
    Context.report("sql-missing-lock-timeout", S.Begin, S.End, Detail);
  }

  static void judge(SemanticContext &Context, const Statement &S, State &St) {
    switch (S.Kind) {
    case StatementKind::Begin:
      St.InTransaction = true;
      return;
    case StatementKind::End:
      St.InTransaction = false;
      return;
    case StatementKind::Set:
    case StatementKind::SetConfig:
      if (isTimeoutSetting(S.Variable))
        St.TimeoutSet = S.Value != "0"; // 0 switches the timeout off
      return;
    case StatementKind::CreateIndex: {
      if (S.Concurrently && St.InTransaction)
        Context.report("sql-concurrently-in-transaction", S.Begin, S.End, "CREATE INDEX CONCURRENTLY");
      if (S.Tables.empty())
        return;
      if (St.Created.table(S.Tables.front())) {
        if (!S.Index.empty())
          St.NewIndexes.insert(S.Index);
        return;
      }
      if (S.Concurrently || S.OnlineGuard)
        return;
      Context.report("sql-index-without-concurrently", S.Begin, S.End, "CREATE INDEX on " + S.Tables.front());
      lockingDdl(Context, S, St);
      return;
    }
    case StatementKind::DropIndex: {
      if (S.Concurrently && St.InTransaction)
        Context.report("sql-concurrently-in-transaction", S.Begin, S.End, "DROP INDEX CONCURRENTLY");
      if ((!S.Tables.empty() && St.Created.table(S.Tables.front())) || St.NewIndexes.count(S.Index))
        return;
      if (S.Concurrently || S.OnlineGuard)
        return;
      Context.report("sql-index-without-concurrently", S.Begin, S.End, "DROP INDEX " + S.Index);
      lockingDdl(Context, S, St);
      return;
    }
    case StatementKind::Reindex:
      if (S.Concurrently && St.InTransaction)
        Context.report("sql-concurrently-in-transaction", S.Begin, S.End, "REINDEX CONCURRENTLY");
      return;
    case StatementKind::DropTable:
    case StatementKind::Truncate:
      if (!St.Created.allTables(S.Tables) && !S.Temporary)
        lockingDdl(Context, S, St);
      return;
    case StatementKind::RenameTable:
      if (S.Tables.empty() || St.Created.table(S.Tables.front()))
        return;
      Context.report("sql-rename", S.Begin, S.End, "table " + S.Tables.front() + " to " + S.NewName);
      lockingDdl(Context, S, St);
      return;
    case StatementKind::AlterTable:
      judgeAlterTable(Context, S, St);
      return;
    default:
      return;
    }
  }

  static void judgeAlterTable(SemanticContext &Context, const Statement &S, State &St) {
    if (S.Concurrently && St.InTransaction)
      Context.report("sql-concurrently-in-transaction", S.Begin, S.End, "DETACH PARTITION CONCURRENTLY");
    if (S.Tables.empty() || St.Created.table(S.Tables.front()))
      return;
    const std::string &Table = S.Tables.front();
    for (const AlterAction &A : S.Actions) {
      switch (A.Kind) {
      case ActionKind::AddColumn:
        if (A.NotNull && !A.HasDefault && !A.FillsItself && !S.OnlineGuard)
          Context.report("sql-add-column-not-null-without-default", A.Begin, A.End, Table + "." + A.Column);
        break;
      case ActionKind::SetNotNull: {
        bool Proven = false;
        for (const auto &[T, C] : St.ValidatedNotNull)
          Proven = Proven || (sameTable(T, Table) && C == A.Column);
        if (!Proven && !S.OnlineGuard)
          Context.report("sql-set-not-null", A.Begin, A.End, Table + "." + A.Column);
        break;
      }
      case ActionKind::AlterColumnType:
      case ActionKind::RedefineColumn:
        if (!S.OnlineGuard)
          Context.report("sql-alter-column-type", A.Begin, A.End, A.Keywords + " on " + Table + "." + A.Column);
        break;
      case ActionKind::AddConstraint:
        if (A.Check && !A.CheckNotNullColumn.empty()) {
          if (A.NotValid)
            St.PendingChecks.push_back({A.Constraint, {Table, A.CheckNotNullColumn}});
          else
            St.ValidatedNotNull.push_back({Table, A.CheckNotNullColumn});
        }
        if (!A.NotValid && !S.OnlineGuard)
          Context.report("sql-constraint-without-not-valid", A.Begin, A.End,
                         (A.ForeignKey ? "FOREIGN KEY" : "CHECK") + std::string(" on ") + Table);
        break;
      case ActionKind::ValidateConstraint:
        for (const auto &[Name, Target] : St.PendingChecks)
          if (Name == A.Constraint && sameTable(Target.first, Table))
            St.ValidatedNotNull.push_back(Target);
        break;
      case ActionKind::AddIndex:
        if (!A.UsingIndex && !S.OnlineGuard)
          Context.report("sql-index-without-concurrently", A.Begin, A.End, A.Keywords + " on " + Table);
        break;
      case ActionKind::RenameTable:
        Context.report("sql-rename", A.Begin, A.End, "table " + Table + " to " + A.NewName);
        break;
      case ActionKind::RenameColumn:
        Context.report("sql-rename", A.Begin, A.End, "column " + Table + "." + A.Column + " to " + A.NewName);
        break;
      default:
        break;
      }
    }
    lockingDdl(Context, S, St);
  }
};

} // namespace

const SemanticAnalyzer &sqlMigrationLocksAnalyzer() {
  static const SqlMigrationLocks Instance;
  return Instance;
}

} // namespace blastradius

// REQUIRES: clang-tidy-plugin
// RUN: %check_clang_tidy %s blastradius-embedded-sql %t -- -isystem %S/Inputs/mock-std -isystem %S/Inputs/mock-embedded
// RUN: %check_clang_tidy -check-suffix=OPTIONS %s blastradius-embedded-sql %t \
// RUN:   -config="{CheckOptions: {blastradius-embedded-sql.SqlFunctions: 'db::Session::run=0; db::execute=1; broken=x', blastradius-embedded-sql.DisabledRules: 'sql-truncate'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -isystem %S/Inputs/mock-embedded -DOPTIONS
// CHECK-MESSAGES-OPTIONS: warning: invalid entry 'broken=x' in option 'SqlFunctions'; expected 'qualified::name=ARGUMENT_INDEX' [clang-tidy-config]

#include <libpq-fe.h>
#include <mysql.h>
#include <pqxx/pqxx>
#include <sqlite3.h>
#include <string>

namespace db {
class Session {
public:
  void run(const char *Sql);
};
void execute(void *Handle, const char *Sql);
} // namespace db

#if !defined(OPTIONS)

// ---------------------------------------------------------------- positives

void cApis(sqlite3 *Lite, PGconn *Pg, MYSQL *My, const std::string &Table) {
  sqlite3_exec(Lite, "DROP TABLE users", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: in the SQL run by 'sqlite3_exec': DROP TABLE users {{.*}} (blastradius rule sql-drop-table) [blastradius-embedded-sql]
  PQexec(Pg, "BEGIN; DELETE FROM orders; COMMIT;");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: in the SQL run by 'PQexec': DELETE FROM orders {{.*}} (blastradius rule sql-delete-without-where) [blastradius-embedded-sql]
  PQexecParams(Pg, "UPDATE accounts SET balance = $1", 1, nullptr, nullptr, nullptr, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: in the SQL run by 'PQexecParams': {{.*}} (blastradius rule sql-update-without-where) [blastradius-embedded-sql]
  mysql_query(My, "TRUNCATE TABLE audit_log");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: in the SQL run by 'mysql_query': {{.*}} (blastradius rule sql-truncate) [blastradius-embedded-sql]
  std::string Drop = "DROP TABLE " + Table;
  mysql_real_query(My, Drop.c_str(), 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: in the SQL run by 'mysql_real_query': DROP TABLE table {{.*}} (blastradius rule sql-drop-table) [blastradius-embedded-sql]
  PQprepare(Pg, "wipe", "DELETE FROM sessions", 0, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: in the SQL run by 'PQprepare': {{.*}} (blastradius rule sql-delete-without-where) [blastradius-embedded-sql]
}

void libpqxx(pqxx::work &Tx) {
  Tx.exec("DROP SCHEMA billing CASCADE");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: in the SQL run by 'pqxx::exec': {{.*}} (blastradius rule sql-drop-schema-or-database) [blastradius-embedded-sql]
  Tx.exec_params("DELETE FROM users", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in the SQL run by 'pqxx::exec_params': {{.*}} (blastradius rule sql-delete-without-where) [blastradius-embedded-sql]
  Tx.exec0(R"sql(
    UPDATE users SET active = false;
  )sql");
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: in the SQL run by 'pqxx::exec0': {{.*}} (blastradius rule sql-update-without-where) [blastradius-embedded-sql]
}

// ---------------------------------------------------------------- negatives

struct NotPqxx {
  void exec(const char *Sql);
};

void harmless(sqlite3 *Lite, PGconn *Pg, pqxx::work &Tx, NotPqxx &Other, const char *Sql) {
  sqlite3_exec(Lite, "SELECT * FROM users", nullptr, nullptr, nullptr);
  PQexec(Pg, "DELETE FROM orders WHERE id = $1");
  PQexec(Pg, Sql); // no literal to judge
  Tx.exec("UPDATE users SET active = false WHERE id = 1");
  Tx.exec("CREATE TABLE IF NOT EXISTS t (id int)");
  Other.exec("DROP TABLE users"); // not a database API
  const char *Comment = "DROP TABLE users"; // never executed here
  (void)Comment;
  // The statement name of PQprepare is not SQL.
  PQprepare(Pg, "DROP TABLE x", "SELECT 1", 0, nullptr);
}

void suppressed(sqlite3 *Lite) {
  sqlite3_exec(Lite, "DROP TABLE users", nullptr, nullptr, nullptr); // NOLINT(blastradius-embedded-sql)
  // NOLINTNEXTLINE(blastradius-embedded-sql)
  sqlite3_exec(Lite, "DROP TABLE users", nullptr, nullptr, nullptr);
  // NOLINTBEGIN(blastradius-embedded-sql)
  sqlite3_exec(Lite, "DROP TABLE users", nullptr, nullptr, nullptr);
  // NOLINTEND(blastradius-embedded-sql)
}

#endif

#ifdef OPTIONS
void options(db::Session &S, void *Handle, MYSQL *My) {
  S.run("DROP TABLE users");
  // CHECK-MESSAGES-OPTIONS: :[[@LINE-1]]:10: warning: in the SQL run by 'run': {{.*}} (blastradius rule sql-drop-table) [blastradius-embedded-sql]
  db::execute(Handle, "DELETE FROM users");
  // CHECK-MESSAGES-OPTIONS: :[[@LINE-1]]:24: warning: in the SQL run by 'execute': {{.*}} (blastradius rule sql-delete-without-where) [blastradius-embedded-sql]
  mysql_query(My, "TRUNCATE TABLE audit_log"); // disabled rule: nothing
}
#endif

// What a SQL script knows about itself as it runs top to bottom: which tables it created (new and
// empty, so no lock or rewrite concern and nothing to lose), which schemas.
#ifndef BLASTRADIUS_SQL_SQLSCRIPT_H
#define BLASTRADIUS_SQL_SQLSCRIPT_H

#include "sql/SqlStatements.h"

#include <string>
#include <vector>

namespace blastradius::sql {

class CreatedInScript {
public:
  /// Whether Table (or, for schemas, Schema) was created by an earlier statement of the script.
  bool table(std::string_view Table) const { return contains(Tables, Table); }
  bool schema(std::string_view Schema) const { return contains(Schemas, Schema); }
  /// Whether every one of Names was created earlier (false for an empty list).
  bool allTables(const std::vector<std::string> &Names) const;

  /// Takes the effect of S into account; call after judging S. `CREATE TABLE IF NOT EXISTS` and
  /// `CREATE OR REPLACE TABLE` do not count: the table may exist already, with its rows.
  void update(const Statement &S);

private:
  static bool contains(const std::vector<std::string> &Names, std::string_view Name);
  static void remove(std::vector<std::string> &Names, std::string_view Name);
  std::vector<std::string> Tables, Schemas;
};

} // namespace blastradius::sql

#endif

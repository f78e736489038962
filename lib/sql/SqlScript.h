// What a SQL script knows about itself as it runs top to bottom: which tables it created (new and
// empty, so no lock or rewrite concern and nothing to lose), which schemas, which columns it added.
#ifndef BLASTRADIUS_SQL_SQLSCRIPT_H
#define BLASTRADIUS_SQL_SQLSCRIPT_H

#include "sql/SqlStatements.h"

#include <string>
#include <utility>
#include <vector>

namespace blastradius::sql {

class CreatedInScript {
public:
  /// Whether Table (or, for schemas, Schema) was created by an earlier statement of the script.
  bool table(std::string_view Table) const { return contains(Tables, Table); }
  bool schema(std::string_view Schema) const { return contains(Schemas, Schema); }
  /// Whether every one of Names was created earlier (false for an empty list).
  bool allTables(const std::vector<std::string> &Names) const;
  /// Whether Column was added to Table by an earlier ALTER TABLE ... ADD COLUMN of the script.
  bool addedColumn(std::string_view Table, std::string_view Column) const;

  /// Takes the effect of S into account; call after judging S. `CREATE TABLE IF NOT EXISTS` and
  /// `CREATE OR REPLACE TABLE` do not count: the table may exist already, with its rows.
  void update(const Statement &S);

private:
  static bool contains(const std::vector<std::string> &Names, std::string_view Name);
  static void remove(std::vector<std::string> &Names, std::string_view Name);
  std::vector<std::string> Tables, Schemas;
  std::vector<std::pair<std::string, std::string>> AddedColumns;
};

} // namespace blastradius::sql

#endif

#include "maintenance.h"
#include <sqlite3.h>
#include <string>

void purge(sqlite3 *Db, const std::string &Dir) {
  sqlite3_exec(Db, "DELETE FROM sessions", nullptr, nullptr, nullptr);
  std::system(("rm -rf " + Dir + "/").c_str());
}

const char *Policy = R"({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})";

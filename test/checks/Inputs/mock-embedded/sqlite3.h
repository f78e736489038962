// Minimal stand-in for SQLite's <sqlite3.h>: only what the blastradius tests call.
#ifndef BLASTRADIUS_MOCK_SQLITE3_H
#define BLASTRADIUS_MOCK_SQLITE3_H
extern "C" {
struct sqlite3;
struct sqlite3_stmt;
int sqlite3_exec(sqlite3 *, const char *Sql, int (*Callback)(void *, int, char **, char **), void *, char **Error);
int sqlite3_prepare_v2(sqlite3 *, const char *Sql, int Bytes, sqlite3_stmt **, const char **Tail);
}
#endif

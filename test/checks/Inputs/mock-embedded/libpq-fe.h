// Minimal stand-in for libpq's <libpq-fe.h>.
#ifndef BLASTRADIUS_MOCK_LIBPQ_FE_H
#define BLASTRADIUS_MOCK_LIBPQ_FE_H
extern "C" {
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;
typedef unsigned int Oid;
PGresult *PQexec(PGconn *, const char *Query);
PGresult *PQexecParams(PGconn *, const char *Command, int NParams, const Oid *Types, const char *const *Values,
                       const int *Lengths, const int *Formats, int ResultFormat);
PGresult *PQprepare(PGconn *, const char *Name, const char *Query, int NParams, const Oid *Types);
}
#endif

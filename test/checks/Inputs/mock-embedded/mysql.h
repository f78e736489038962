// Minimal stand-in for the MySQL/MariaDB C API's <mysql.h>.
#ifndef BLASTRADIUS_MOCK_MYSQL_H
#define BLASTRADIUS_MOCK_MYSQL_H
extern "C" {
typedef struct st_mysql MYSQL;
int mysql_query(MYSQL *, const char *Query);
int mysql_real_query(MYSQL *, const char *Query, unsigned long Length);
}
#endif

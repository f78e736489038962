// Minimal stand-ins for popen(3) (<stdio.h>) and the exec(3) family (<unistd.h>), kept apart from
// mock-std so that these tests do not depend on which other declarations those mocks grow.
#ifndef BLASTRADIUS_MOCK_PROCESS_H
#define BLASTRADIUS_MOCK_PROCESS_H
extern "C" {
struct FILE;
FILE *popen(const char *Command, const char *Mode);
int execl(const char *Path, const char *Arg, ...);
int execlp(const char *File, const char *Arg, ...);
int execv(const char *Path, char *const Argv[]);
int execvp(const char *File, char *const Argv[]);
}
#endif

// Minimal stand-in for POSIX <unistd.h> (see filesystem).
#ifndef BLASTRADIUS_MOCK_UNISTD_H
#define BLASTRADIUS_MOCK_UNISTD_H

extern "C" {
int unlink(const char *Path);
int rmdir(const char *Path);
int unlinkat(int DirFd, const char *Path, int Flags);
}

#endif

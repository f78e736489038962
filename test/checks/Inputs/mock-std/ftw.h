// Minimal stand-in for POSIX <ftw.h> (see filesystem).
#ifndef BLASTRADIUS_MOCK_FTW_H
#define BLASTRADIUS_MOCK_FTW_H

struct stat;
struct FTW {
  int base;
  int level;
};

#define FTW_PHYS 1
#define FTW_DEPTH 8

extern "C" int nftw(const char *Path,
                    int (*Fn)(const char *, const struct stat *, int,
                              struct FTW *),
                    int FdLimit, int Flags);

#endif

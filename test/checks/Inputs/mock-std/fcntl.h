// Minimal stand-in for POSIX <fcntl.h> (see filesystem).
#ifndef BLASTRADIUS_MOCK_FCNTL_H
#define BLASTRADIUS_MOCK_FCNTL_H

#define AT_FDCWD -100
#define AT_REMOVEDIR 0x200

#endif

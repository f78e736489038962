#!/bin/sh
# A clang-tidy that prints a diagnostic in its human format on standard output but exports nothing:
# the scan reads only the machine output, so this is no finding.
for a in "$@"; do case "$a" in *.cpp) f="$a";; esac; done
echo "$f:6:3: warning: made up [blastradius-unvalidated-filesystem-delete]"
exit 0

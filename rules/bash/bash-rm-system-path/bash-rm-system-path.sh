#!/bin/bash
# RUN: %blastradius test %s

# ruleid: bash-rm-system-path
rm -rf /
# ruleid: bash-rm-system-path
sudo rm -rf /*
# A stray space: the second operand is /.
# ruleid: bash-rm-system-path
rm -rf /tmp/build /
# ruleid: bash-rm-system-path
rm -rf ~
# ruleid: bash-rm-system-path
rm -rf ~/
# ruleid: bash-rm-system-path
rm -rf "$HOME"
# ruleid: bash-rm-system-path
rm -rf "$HOME/"*
# ruleid: bash-rm-system-path
rm -rf /usr
# ruleid: bash-rm-system-path
rm -rf /etc/
# ruleid: bash-rm-system-path
rm -Rf /var/*
# ruleid: bash-rm-system-path
rm --recursive /home
# ruleid: bash-rm-system-path
rm -rf --no-preserve-root "$TARGET"
# ruleid: bash-rm-system-path
find / -name '*.bak' -delete
# ruleid: bash-rm-system-path
find ~ -type d -name node_modules -exec rm -rf {} +
# --no-preserve-root is reported even without -r.
# ruleid: bash-rm-system-path
rm --no-preserve-root -f "$FILE"

# --- near misses ---
# ok: bash-rm-system-path
rm -rf /tmp/build
# ok: bash-rm-system-path
rm -rf /tmp/*
# ok: bash-rm-system-path
rm -rf /var/lib/apt/lists/*
# ok: bash-rm-system-path
rm -rf /usr/share/doc/myapp
# ok: bash-rm-system-path
rm -rf ~/.cache/myapp
# ok: bash-rm-system-path
rm -rf "$HOME/.local/share/myapp"
# ok: bash-rm-system-path
rm -rf ./usr
# ok: bash-rm-system-path
rm -rf usr/
# Not recursive.
# ok: bash-rm-system-path
rm -f /etc/myapp.conf
# Quoted: a word, not a path to delete.
# ok: bash-rm-system-path
echo rm -rf /
# ok: bash-rm-system-path
rm -rf "$(mktemp -d)"
# ok: bash-rm-system-path
rm -rf "${BUILD_DIR:?}/"*
# ok: bash-rm-system-path
find /var/cache/myapp -delete
# ok: bash-rm-system-path
find / -name '*.bak' -print
# ok: bash-rm-system-path
rm -rf /opt/myapp
# ok: bash-rm-system-path
rm -rf "/home/$USER_NAME/tmp"
# A system directory followed by expansions that may be empty: with them empty, the directory itself.
# ruleid: bash-rm-system-path
rm -r /home/$user
# ruleid: bash-rm-system-path
rm -fr /home/$(whoami)/*
# ruleid: bash-rm-system-path
rm --recursive /etc/*$config*
# ruleid: bash-rm-system-path
rm -rf ~/$subdir
# Brace lists are expanded before judging.
# ruleid: bash-rm-system-path
rm -r /{bin,sbin}/$exec
# ruleid: bash-rm-system-path
rm -r /{usr,var}
# Near misses: something fixed after the expansion, a value that cannot be empty, not recursive, /tmp.
# ok: bash-rm-system-path
rm -rf /var/$app/cache
name=myapp
# ok: bash-rm-system-path
rm -rf /opt/$name
# ok: bash-rm-system-path
rm -f /home/$user
# ok: bash-rm-system-path
rm -rf /tmp/$job
# ok: bash-rm-system-path
rm -r /{tmp,scratch}/$exec
# ok: bash-rm-system-path
rm -rf /opt/${component:?}
# A backslash in the command name is removed before bash looks it up: `\rm` (past an alias) and
# `r\m` run rm.
# ruleid: bash-rm-system-path
\rm -rf /usr
# ruleid: bash-rm-system-path
r\m -rf /etc
# ok: bash-rm-system-path
\rm -rf /tmp/$job

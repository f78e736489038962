#!/bin/bash
"rm" -rf "$CACHE"/*
/usr/bin/sudo -u ops rm -r "$BUILD/"*
rmdir "$EMPTY/"*
rm "$LOOSE/"*
"bash" -c 'kubectl delete namespace prod'
bashful -c 'kubectl delete namespace staging'
/usr/bin/env FOO=1 psql -c 'DROP TABLE users'
psqlx -c 'DROP TABLE orders'
"mysql" -e 'DROP DATABASE shop'
echo 'terraform destroy'
cat <<EOF2
$(rm -rf "$HEREDOC"/*)
EOF2
# rm -rf "$COMMENTED"/*

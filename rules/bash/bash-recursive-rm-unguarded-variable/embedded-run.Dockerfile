# RUN: %blastradius test %s
FROM debian:12
ARG APP_DIR
# Shell-form RUN bodies go through the bash rules, with locations in this file.
# ruleid: bash-recursive-rm-unguarded-variable
RUN rm -rf "$APP_DIR/"* && \
    mkdir -p /app
RUN apt-get update && \
# ruleid: bash-recursive-rm-unguarded-variable
    rm -rf $CACHE/
# ok: bash-recursive-rm-unguarded-variable
RUN rm -rf "${APP_DIR:?}/"*
# Exec form runs no shell: no expansion happens.
# ok: bash-recursive-rm-unguarded-variable
RUN ["rm", "-rf", "$APP_DIR/"]
# ok: bash-recursive-rm-unguarded-variable
ENV PATH="$APP_DIR/bin:$PATH"
# Exec form that starts a shell: the -c script goes through the shell rules.
# ruleid: bash-recursive-rm-unguarded-variable
RUN ["sh", "-c", "rm -rf $APP_DIR/*"]
# ruleid: bash-recursive-rm-unguarded-variable
RUN ["/bin/bash", "-eo", "pipefail", "-c", "apt-get clean && rm -rf \"$CACHE\"/*"]
# ok: bash-recursive-rm-unguarded-variable
RUN ["sh", "-c", "rm -rf ${APP_DIR:?}/*"]
# ok: bash-recursive-rm-unguarded-variable
RUN ["bash", "-c", "test -n \"$APP_DIR\" && rm -rf $APP_DIR/*"]
# Heredoc form: the body is the script.
RUN <<EOF
set -e
apt-get update
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$BUILD_ROOT/"*
# ok: bash-recursive-rm-unguarded-variable
rm -rf "${BUILD_ROOT:?}/"*
EOF
RUN <<-'SCRIPT'
	TMP=$(mktemp -d)
	# ok: bash-recursive-rm-unguarded-variable
	rm -rf "$TMP/"*
	# ruleid: bash-rm-system-path
	rm -rf /usr/*
SCRIPT
# A heredoc that feeds a command's input is data.
RUN cat <<EOF > /etc/cleanup.sh
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$DATA/"*
EOF
# ok: bash-recursive-rm-unguarded-variable
RUN <<EOF
#!/usr/bin/env python3
import shutil
shutil.rmtree("/srv/x")
EOF
# ok: bash-recursive-rm-unguarded-variable, bash-rm-system-path
RUN echo "1<<2" && rm -rf /tmp/build
# ok: bash-rm-system-path
RUN apt-get clean && rm -rf /var/lib/apt/lists/* /tmp/* /var/tmp/*
# ruleid: bash-rm-system-path
RUN ["sh", "-c", "cd /srv && rm -rf / tmp"]
# Each RUN is its own shell: a check in an earlier RUN guards nothing here.
RUN [ -n "$DIST" ] || exit 1
# ruleid: bash-recursive-rm-unguarded-variable
RUN rm -rf "$DIST/"*
# ruleid: bash-recursive-rm-unguarded-variable
RUN rm -rf "$AFTER_HEREDOCS/"*

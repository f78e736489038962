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

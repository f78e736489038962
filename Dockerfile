# blastradius in a container: `docker run --rm -v "$PWD:/src" IMAGE scan /src`.
# Two stages: the build stage compiles and packages (scripts/package.sh); the runtime stage installs
# only the .deb (runtime libraries and clang-tidy for C++, no compiler or headers) and proves it works
# (scripts/smoke-test.sh). test/cli/install-package.test runs the same two scripts on the test build.
FROM debian:12 AS build
# Where docs/ is published, for SARIF helpUri (empty: no helpUri; help.markdown carries the page).
ARG BLASTRADIUS_DOCS_URI=
WORKDIR /work
COPY . .
RUN scripts/bootstrap.sh \
 && scripts/package.sh /work/build-release /packages -DBLASTRADIUS_DOCS_URI="$BLASTRADIUS_DOCS_URI"

FROM debian:12-slim AS runtime
COPY --from=build /packages/*.deb /tmp/packages/
COPY scripts/install-package.sh scripts/smoke-test.sh /tmp/scripts/
COPY examples/demo /tmp/demo
RUN /tmp/scripts/install-package.sh /tmp/packages/blastradius_*.deb \
 && apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 >/dev/null \
 && /tmp/scripts/smoke-test.sh /usr/bin/blastradius /tmp/demo \
 && apt-get purge -y -qq python3 >/dev/null && apt-get autoremove -y -qq >/dev/null \
 && rm -rf /tmp/packages /tmp/scripts /tmp/demo /var/lib/apt/lists/*
WORKDIR /src
ENTRYPOINT ["blastradius"]
CMD ["help"]

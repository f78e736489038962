#!/bin/bash
# Removes the build output.
rm -rf "$BUILD_DIR/"*

#!/bin/bash
echo "café ÿþ"
rm -rf "$OUT/"*

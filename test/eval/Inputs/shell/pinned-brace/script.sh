#!/bin/bash
rm -r "${DIR}"/{.gitignore,.gitattributes,ci}

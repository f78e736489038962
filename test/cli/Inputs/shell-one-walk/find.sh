#!/bin/bash
find "$ROOT"/ -name '*.o' -delete
find "$ROOT"/ -name '*.o' -print

#!/bin/bash
rm -r /{bin,sbin}/$exec

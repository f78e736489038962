#!/bin/bash
rm -rf /tmp/$job

#!/bin/bash
rm -rf /var/$app/cache

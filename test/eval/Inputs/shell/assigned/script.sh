#!/bin/bash
name=app
rm -rf /opt/$name

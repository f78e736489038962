#!/bin/bash
rm --recursive /etc/*$config*

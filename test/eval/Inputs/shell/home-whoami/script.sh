#!/bin/bash
rm -fr /home/$(whoami)/*

#!/bin/bash
rm -rf ~/$subdir

#!/bin/bash
rm -r /home/$user

#!/bin/bash
rm -rf /opt/${component:?}

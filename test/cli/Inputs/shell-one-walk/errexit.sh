#!/bin/bash
cd "$FIRST" || exit 1
terraform destroy
if cd "$SECOND"; then echo in; fi
! cd "$THIRD"
kubectl delete namespace checked
cd "$FOURTH"
kubectl delete namespace unchecked

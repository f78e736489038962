#!/bin/bash
set -euo pipefail

rollback() {
  terraform destroy -auto-approve
}

release() {
  if [ "$1" = "fresh" ]; then
    terraform destroy -target=module.cache -auto-approve
  fi
  if ! terraform apply plan.tfplan; then
    rollback
  fi
}

release fresh

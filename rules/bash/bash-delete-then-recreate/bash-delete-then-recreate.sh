#!/bin/bash
# RUN: %blastradius test %s
set -euo pipefail

# Terraform: the same configuration destroyed and applied again.
# ruleid: bash-delete-then-recreate
terraform destroy -auto-approve
terraform apply -auto-approve

# ruleid: bash-delete-then-recreate
terraform -chdir=envs/prod apply -destroy -auto-approve
terraform -chdir=envs/prod apply -auto-approve

# Kubernetes: the same manifest deleted and applied.
# ruleid: bash-delete-then-recreate
kubectl delete -f k8s/postgres.yaml
kubectl apply -f k8s/postgres.yaml

# ruleid: bash-delete-then-recreate
kubectl -n prod delete --filename "$MANIFEST"
sleep 5
kubectl -n prod create -f "${MANIFEST}"

# Databases.
# ruleid: bash-delete-then-recreate
dropdb app_production
createdb -O app app_production

# Data directories.
# ruleid: bash-delete-then-recreate
rm -rf /var/lib/postgresql/data
mkdir -p /var/lib/postgresql/data/

# ruleid: bash-delete-then-recreate
rm -rf "$PGDATA" && mkdir "$PGDATA"

reset_uploads() {
  # ruleid: bash-delete-then-recreate
  sudo rm -r "${APP_ROOT}/uploads"
  mkdir -p "$APP_ROOT/uploads"
}

# Near misses: different targets, build and cache directories, no recreate.
# ok: bash-delete-then-recreate
terraform -chdir=envs/preview destroy -auto-approve
terraform -chdir=envs/staging apply -auto-approve

# ok: bash-delete-then-recreate
kubectl delete -f jobs/migrate.yaml
kubectl apply -f jobs/seed.yaml

# ok: bash-delete-then-recreate
kubectl delete pod web-1
kubectl apply -f web.yaml

# ok: bash-delete-then-recreate
dropdb app_test_old
createdb app_test

# ok: bash-delete-then-recreate
rm -rf build
mkdir -p build

# ok: bash-delete-then-recreate
rm -rf "$CACHE_DIR" dist node_modules
mkdir -p "$CACHE_DIR" dist

# ok: bash-delete-then-recreate
rm -f data/lock
mkdir -p data/lock

# ok: bash-delete-then-recreate
rm -rf ./data-old
mkdir ./data

# Recreated before the delete: not a scorched-earth fix.
mkdir -p /srv/backups
# ok: bash-delete-then-recreate
rm -rf /srv/backups

# Only printed.
# ok: bash-delete-then-recreate
echo dropdb app
echo createdb app

# ok: bash-delete-then-recreate
terraform plan -destroy
terraform apply -auto-approve

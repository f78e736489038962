# RUN: %blastradius test %s

# ruleid: bash-error-branch-reports-success
terraform apply plan.tfplan || exit 0
# ruleid: bash-error-branch-reports-success
sudo kubectl apply -f deploy.yaml || exit 0
f() {
  # ruleid: bash-error-branch-reports-success
  psql -f migrate.sql || return 0
}

# ok: bash-error-branch-reports-success
terraform apply plan.tfplan || exit 1
# ok: bash-error-branch-reports-success
command -v shellcheck || exit 0
# ok: bash-error-branch-reports-success
ls /data || exit 0
# ok: bash-error-branch-reports-success
kubectl apply -f deploy.yaml || true
# ok: bash-error-branch-reports-success
kubectl apply -f deploy.yaml || exit
# ok: bash-error-branch-reports-success
kubectl apply -f deploy.yaml && exit 0

# RUN: %blastradius test %s
# Failure branches that delete: the right side of ||, if ! cmd; then, else of if cmd, $? tests.

# ruleid: bash-destructive-error-branch
terraform apply -auto-approve || terraform destroy -auto-approve

wipe() {
  rm -rf /
}
# ruleid: bash-destructive-error-branch
if ! helm upgrade app ./chart; then
  wipe
fi

if make install; then
  echo installed
# ruleid: bash-destructive-error-branch
else
  rm -rf /
fi

make release
# ruleid: bash-destructive-error-branch
if [ $? -ne 0 ]; then
  terraform destroy -auto-approve
fi

# ok: bash-destructive-error-branch
terraform apply -auto-approve || { echo "apply failed" >&2; exit 1; }
# ok: bash-destructive-error-branch
make build && terraform destroy -auto-approve
# ok: bash-destructive-error-branch
if [ -n "$RESET" ]; then
  terraform destroy -auto-approve
fi
# ok: bash-destructive-error-branch
cp a b || rm -f /tmp/partial-copy
# ok: bash-destructive-error-branch
if ! kubectl get ns app; then
  kubectl create ns app
fi
# ok: bash-destructive-error-branch
case "$1" in
  reset) terraform destroy -auto-approve ;;
esac
safe() {
  echo nothing
}
# ok: bash-destructive-error-branch
deploy || safe
# ok: bash-destructive-error-branch
if true; then
  echo ok
elif make; then
  echo fine
else
  echo "no delete here"
fi

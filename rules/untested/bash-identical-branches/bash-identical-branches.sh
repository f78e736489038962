# RUN: %blastradius test %s

# ruleid: bash-identical-branches
if [ "$ENVIRONMENT" = production ]; then
  terraform destroy -auto-approve
else
  terraform destroy  -auto-approve
fi

# ruleid: bash-identical-branches
if [ -n "$DRY_RUN" ]; then
  rm -rf /
elif [ -n "$FORCE" ]; then
  rm -rf /
else
  rm -rf /
fi

# ok: bash-identical-branches
if [ -n "$DRY_RUN" ]; then
  terraform plan -destroy
else
  terraform destroy -auto-approve
fi
# ok: bash-identical-branches
if [ -n "$X" ]; then
  echo done
else
  echo done
fi
# ok: bash-identical-branches
if [ -n "$X" ]; then
  terraform destroy -auto-approve
fi

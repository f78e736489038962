#!/bin/bash
# RUN: %blastradius test %s
set -euo pipefail

# ruleid: bash-auto-approved-apply
terraform apply -auto-approve
# ruleid: bash-auto-approved-apply
terraform -chdir=envs/prod apply -auto-approve=true -var 'image=v2'
# ruleid: bash-auto-approved-apply
tofu apply --auto-approve -var-file prod.tfvars
# ruleid: bash-auto-approved-apply
pulumi up --yes --stack prod
# ruleid: bash-auto-approved-apply
pulumi up -y
# ruleid: bash-auto-approved-apply
pulumi update --skip-preview
deploy() {
  # ruleid: bash-auto-approved-apply
  sudo -E terraform apply -auto-approve -input=false
}
# ruleid: bash-auto-approved-apply
eval 'terraform apply -auto-approve'

# Near misses: a saved plan, prompts left on, plans and previews.
# ok: bash-auto-approved-apply
terraform apply -auto-approve tfplan
# ok: bash-auto-approved-apply
terraform apply tfplan
# ok: bash-auto-approved-apply
terraform apply
# ok: bash-auto-approved-apply
terraform apply -auto-approve=false
# ok: bash-auto-approved-apply
terraform plan -out=tfplan
# ok: bash-auto-approved-apply
pulumi up --stack prod
# ok: bash-auto-approved-apply
pulumi preview --yes
# ok: bash-auto-approved-apply
helm upgrade --install web ./chart --wait
# ok: bash-auto-approved-apply
kubectl apply -f deploy.yaml
# ok: bash-auto-approved-apply
echo "terraform apply -auto-approve"
# ok: bash-auto-approved-apply
terraform apply -auto-approve -help
# terraform apply -auto-approve
# ok: bash-auto-approved-apply
terraform validate

#!/bin/bash
# RUN: %blastradius test %s
set -euo pipefail

# ruleid: bash-terraform-destroy
terraform destroy -auto-approve
# ruleid: bash-terraform-destroy
terraform -chdir=envs/prod destroy
# ruleid: bash-terraform-destroy
terraform apply -destroy -auto-approve=true
# ruleid: bash-terraform-destroy
terraform state rm aws_db_instance.main
# ruleid: bash-terraform-destroy
tofu destroy -var 'env=prod'
# ruleid: bash-terraform-destroy
terragrunt run-all destroy --terragrunt-non-interactive
# Through wrappers.
# ruleid: bash-terraform-destroy
sudo -u deploy env -i TF_IN_AUTOMATION=1 nohup terraform destroy -auto-approve
# ruleid: bash-terraform-destroy
time command terraform destroy
# ruleid: bash-terraform-destroy
echo envs/prod | xargs -I{} terraform -chdir={} destroy
# ruleid: bash-terraform-destroy
/usr/local/bin/terraform destroy
# ruleid: bash-terraform-destroy
timeout --signal=TERM 30m nice -n 10 terraform destroy -auto-approve
# ruleid: bash-terraform-destroy
exec sudo -- terraform destroy
# ruleid: bash-terraform-destroy
while read -r dir; do terraform -chdir="$dir" destroy -auto-approve; done < dirs.txt
# Inside compound commands, functions, subshells and substitutions.
teardown() {
  # ruleid: bash-terraform-destroy
  (cd infra && terraform destroy -auto-approve)
}
# ruleid: bash-terraform-destroy
if [ "$CONFIRM" = yes ]; then terraform destroy; fi
# ruleid: bash-terraform-destroy
OUT=$(terraform destroy -auto-approve -no-color)
# ruleid: bash-terraform-destroy
terraform init && terraform destroy || echo failed
# Literal scripts run by eval and sh -c.
# ruleid: bash-terraform-destroy
eval 'terraform destroy -auto-approve'
# ruleid: bash-terraform-destroy
bash -c "terraform destroy"
# ruleid: bash-terraform-destroy
eval terraform destroy
# ruleid: bash-terraform-destroy
sh -ec 'cd infra; terraform destroy'
# ruleid: bash-terraform-destroy
sudo bash -c 'terraform destroy -auto-approve'
# A here-document run by a shell.
bash -eu <<'EOS'
cd infra
# ruleid: bash-terraform-destroy
terraform destroy -auto-approve
EOS

# Near misses: planning, help, other subcommands.
# ok: bash-terraform-destroy
terraform plan -destroy -out=destroy.tfplan
# ok: bash-terraform-destroy
terraform destroy -help
# ok: bash-terraform-destroy
terraform apply destroy.tfplan
# ok: bash-terraform-destroy
terraform apply -auto-approve=false -destroy=false
# ok: bash-terraform-destroy
terraform state list
# ok: bash-terraform-destroy
terraform state mv aws_instance.a aws_instance.b
# ok: bash-terraform-destroy
terraform workspace select destroy
# Not run: printed, quoted, commented, a here-document's text.
# ok: bash-terraform-destroy
echo terraform destroy
# ok: bash-terraform-destroy
echo "run 'terraform destroy' to tear it down"
# ok: bash-terraform-destroy
printf '%s\n' "terraform destroy -auto-approve"
# terraform destroy -auto-approve
# ok: bash-terraform-destroy
cat <<'EOT'
terraform destroy -auto-approve
EOT
# ok: bash-terraform-destroy
grep -r "terraform destroy" docs/
bash scripts/teardown.sh <<'EOS'
# ok: bash-terraform-destroy
terraform destroy
EOS
# Functions and commands that merely contain the word.
# ok: bash-terraform-destroy
terraform_destroy_plan() { terraform plan -destroy; }
# ok: bash-terraform-destroy
terraform_destroy_plan
# ok: bash-terraform-destroy
terraform-docs markdown . destroy
# ok: bash-terraform-destroy
command -v terraform
# ok: bash-terraform-destroy
sudo -l terraform destroy
# ok: bash-terraform-destroy
bash -c "echo terraform destroy"
# ok: bash-terraform-destroy
eval "echo 'terraform destroy'"
# ok: bash-terraform-destroy
bash scripts/terraform-destroy.sh destroy
# A computed command name is not known.
# ok: bash-terraform-destroy
$TF destroy

#!/bin/bash
# RUN: %blastradius test %s
set -euo pipefail

# Kubernetes: whole namespaces, or every object of a kind.
# ruleid: bash-infrastructure-teardown
kubectl delete namespace payments
# ruleid: bash-infrastructure-teardown
kubectl -n ns --context prod delete ns/staging
# ruleid: bash-infrastructure-teardown
kubectl delete pods --all -n web
# ruleid: bash-infrastructure-teardown
kubectl delete pvc -A --selector app=db
# ruleid: bash-infrastructure-teardown
kubectl delete deployments --all-namespaces
# ruleid: bash-infrastructure-teardown
helm --kube-context prod uninstall payments -n payments
# ruleid: bash-infrastructure-teardown
helm delete legacy-release
# AWS.
# ruleid: bash-infrastructure-teardown
aws --region eu-west-1 s3 rb s3://prod-assets --force
# ruleid: bash-infrastructure-teardown
aws s3 rm s3://prod-assets/uploads/ --recursive
# ruleid: bash-infrastructure-teardown
aws cloudformation delete-stack --stack-name prod-network
# ruleid: bash-infrastructure-teardown
aws rds delete-db-instance --db-instance-identifier prod-db --skip-final-snapshot
# ruleid: bash-infrastructure-teardown
aws rds delete-db-cluster --db-cluster-identifier prod --final-db-snapshot-identifier prod-final
# ruleid: bash-infrastructure-teardown
aws --profile prod ec2 terminate-instances --instance-ids i-0123456789abcdef0
# ruleid: bash-infrastructure-teardown
aws dynamodb delete-table --table-name orders
# Google Cloud and Azure without the prompt.
# ruleid: bash-infrastructure-teardown
gcloud compute instances delete web-1 --zone europe-west1-b --quiet
# ruleid: bash-infrastructure-teardown
gcloud --project prod sql instances delete main -q
# ruleid: bash-infrastructure-teardown
az group delete --name prod-rg --yes --no-wait
# Databases and stacks.
# ruleid: bash-infrastructure-teardown
dropdb --if-exists -h db.internal app_production
# ruleid: bash-infrastructure-teardown
pulumi destroy --yes --stack prod
# Through wrappers and literal scripts.
# ruleid: bash-infrastructure-teardown
echo staging | xargs kubectl delete namespace
# ruleid: bash-infrastructure-teardown
sudo -E helm uninstall monitoring
# ruleid: bash-infrastructure-teardown
kubectl get ns -o name | grep preview- | xargs -r kubectl delete --all pods
# ruleid: bash-infrastructure-teardown
eval "aws s3 rb \"s3://$BUCKET\" --force"

# Near misses: single objects, listings, dry runs, prompts left on.
# ok: bash-infrastructure-teardown
kubectl delete pod web-1
# ok: bash-infrastructure-teardown
kubectl delete -f job.yaml
# ok: bash-infrastructure-teardown
kubectl delete namespace preview --dry-run=client
# ok: bash-infrastructure-teardown
kubectl get namespaces --all-namespaces
# ok: bash-infrastructure-teardown
kubectl -n delete get pods
# ok: bash-infrastructure-teardown
helm list --all-namespaces
# ok: bash-infrastructure-teardown
helm uninstall payments --dry-run
# ok: bash-infrastructure-teardown
helm upgrade --install payments ./chart
# ok: bash-infrastructure-teardown
aws s3 rm s3://prod-assets/uploads/report.csv
# ok: bash-infrastructure-teardown
aws s3 rb s3://empty-bucket
# ok: bash-infrastructure-teardown
aws s3 rm s3://prod-assets/tmp/ --recursive --dryrun
# ok: bash-infrastructure-teardown
aws s3 ls s3://prod-assets --recursive
# ok: bash-infrastructure-teardown
aws cloudformation describe-stacks --stack-name delete-stack
# ok: bash-infrastructure-teardown
aws ec2 stop-instances --instance-ids i-0123456789abcdef0
# ok: bash-infrastructure-teardown
gcloud compute instances delete web-1 --zone europe-west1-b
# ok: bash-infrastructure-teardown
gcloud compute instances list --quiet
# ok: bash-infrastructure-teardown
az group delete --name prod-rg
# ok: bash-infrastructure-teardown
pulumi preview --stack prod
# ok: bash-infrastructure-teardown
createdb app_test
# ok: bash-infrastructure-teardown
echo kubectl delete namespace payments
# ok: bash-infrastructure-teardown
delete_namespace() { echo "would delete $1"; }
# ok: bash-infrastructure-teardown
delete_namespace payments
# kubectl delete namespace payments
# ok: bash-infrastructure-teardown
cat <<EOF2
helm uninstall payments
EOF2

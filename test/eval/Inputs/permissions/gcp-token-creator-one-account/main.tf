resource "google_service_account_iam_member" "m" {
  service_account_id = "projects/p/serviceAccounts/ci@p.iam.gserviceaccount.com"
  role               = "roles/iam.serviceAccountTokenCreator"
  member             = "user:a@example.com"
}

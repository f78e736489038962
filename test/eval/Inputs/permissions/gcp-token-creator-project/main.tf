resource "google_project_iam_member" "m" {
  project = "p"
  role    = "roles/iam.serviceAccountTokenCreator"
  member  = "serviceAccount:ci@p.iam.gserviceaccount.com"
}
